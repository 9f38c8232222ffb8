using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Exchanges;

/// <summary>
/// Peer-learning exchanges, only with consent: the secretariat suggests a pair and asks both
/// countries; each country's focal point accepts (saying what it will share) or declines, seeing
/// only the request about its own country; the secretariat arranges the exchange once both agreed
/// and records its outcomes. Either country may withdraw at any time. Every step is recorded in
/// the exchange's history and the audit log.
/// </summary>
public sealed class ExchangeService(MnrDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Records a suggestion (secretariat only; no country is told).</summary>
    public async Task<int> SuggestAsync(AccessScope scope, string roundCode, string capabilityCode, string learnerIso3, string hostIso3, string? explanation, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope);
        if (learnerIso3 == hostIso3)
        {
            throw new ExchangeStateException("An exchange needs two different countries.");
        }

        var now = clock.GetUtcNow();
        var exchange = new Exchange
        {
            RoundCode = roundCode,
            CapabilityCode = capabilityCode,
            Status = ExchangeStatus.Suggested,
            Explanation = explanation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        exchange.Parties.Add(new ExchangeParty { CountryIso3 = learnerIso3, Role = ExchangeRole.Learner, Consent = ConsentState.NotAsked });
        exchange.Parties.Add(new ExchangeParty { CountryIso3 = hostIso3, Role = ExchangeRole.Host, Consent = ConsentState.NotAsked });
        db.Exchanges.Add(exchange);
        await db.SaveChangesAsync(cancellationToken);
        await StepAsync(scope, exchange, "suggested", null, $"{learnerIso3} learns from {hostIso3} on {capabilityCode}", cancellationToken);
        return exchange.Id;
    }

    /// <summary>Asks both countries for their consent (secretariat only).</summary>
    public async Task RequestConsentAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope);
        var exchange = await LoadAsync(id, cancellationToken);
        Require(exchange, ExchangeStatus.Suggested, "ask for consent");
        exchange.Status = ExchangeStatus.ConsentRequested;
        foreach (var party in exchange.Parties)
        {
            party.Consent = ConsentState.Pending;
        }

        await StepAsync(scope, exchange, "consent-requested", null, null, cancellationToken);
    }

    /// <summary>
    /// A country's answer, given by its own focal point: consent with what it agrees to share, or
    /// a refusal (which closes the exchange). The secretariat cannot answer for a country.
    /// </summary>
    public async Task AnswerAsync(AccessScope scope, int id, bool consent, string? sharedScope, CancellationToken cancellationToken)
    {
        var (exchange, party) = await OwnPartyAsync(scope, id, cancellationToken);
        Require(exchange, ExchangeStatus.ConsentRequested, "answer");
        if (party.Consent != ConsentState.Pending)
        {
            throw new ExchangeStateException($"{party.CountryIso3} has already answered ({party.Consent}).");
        }

        if (consent && string.IsNullOrWhiteSpace(sharedScope))
        {
            throw new ExchangeStateException("Say what your country agrees to share with the other country.");
        }

        var now = clock.GetUtcNow();
        party.Consent = consent ? ConsentState.Accepted : ConsentState.Declined;
        party.SharedScope = consent ? sharedScope!.Trim() : null;
        party.DecidedAt = now;
        party.DecidedBy = scope.Actor.Name;
        if (!consent)
        {
            exchange.Status = ExchangeStatus.Closed;
        }
        else if (exchange.Parties.All(p => p.Consent == ConsentState.Accepted))
        {
            exchange.BothConsentedAt = now;
        }

        await StepAsync(scope, exchange, consent ? "accepted" : "declined", party.CountryIso3, party.SharedScope, cancellationToken);
    }

    /// <summary>A country withdraws (its focal point), or the secretariat drops the exchange; it closes.</summary>
    public async Task WithdrawAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Exchange exchange;
        string? country = null;
        if (scope.IsSecretariat)
        {
            exchange = await LoadAsync(id, cancellationToken);
        }
        else
        {
            (exchange, var party) = await OwnPartyAsync(scope, id, cancellationToken);
            party.Consent = ConsentState.Withdrawn;
            party.DecidedAt = clock.GetUtcNow();
            party.DecidedBy = scope.Actor.Name;
            country = party.CountryIso3;
        }

        if (exchange.Status is ExchangeStatus.Completed or ExchangeStatus.Closed)
        {
            throw new ExchangeStateException($"Exchange {id} has already ended ({exchange.Status}).");
        }

        exchange.Status = ExchangeStatus.Closed;
        await StepAsync(scope, exchange, "withdrawn", country, null, cancellationToken);
    }

    /// <summary>Marks the exchange arranged once both countries consented (secretariat only).</summary>
    public async Task ArrangeAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope);
        var exchange = await LoadAsync(id, cancellationToken);
        Require(exchange, ExchangeStatus.ConsentRequested, "arrange");
        if (exchange.BothConsentedAt is null)
        {
            throw new ExchangeStateException("Both countries must consent before the exchange is arranged.");
        }

        exchange.Status = ExchangeStatus.Arranged;
        await StepAsync(scope, exchange, "arranged", null, null, cancellationToken);
    }

    /// <summary>Records that the exchange took place, with its outcomes (secretariat only).</summary>
    public async Task CompleteAsync(AccessScope scope, int id, string outcomes, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope);
        var exchange = await LoadAsync(id, cancellationToken);
        Require(exchange, ExchangeStatus.Arranged, "complete");
        if (string.IsNullOrWhiteSpace(outcomes))
        {
            throw new ExchangeStateException("Record what came of the exchange.");
        }

        exchange.Status = ExchangeStatus.Completed;
        exchange.Outcomes = outcomes.Trim();
        await StepAsync(scope, exchange, "completed", null, exchange.Outcomes, cancellationToken);
    }

    /// <summary>Every exchange with both countries and its history (secretariat only; the read is audited).</summary>
    public async Task<IReadOnlyList<ExchangeRecord>> ListAllAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope);
        var exchanges = await db.Exchanges.AsNoTracking()
            .Include(e => e.Parties).Include(e => e.Events)
            .ToListAsync(cancellationToken);
        exchanges = [.. LatestFirst(exchanges)];
        await audit.RecordUnitReadAsync(scope, "exchanges", exchanges.SelectMany(e => e.Parties.Select(p => p.CountryIso3)), cancellationToken);
        return [.. exchanges.Select(e => new ExchangeRecord(
            e.Id,
            e.RoundCode,
            e.CapabilityCode,
            e.Status,
            e.Explanation,
            e.Outcomes,
            [.. e.Parties.OrderBy(p => p.Role).Select(p => new PartyRecord(p.CountryIso3, p.Role, p.Consent, p.SharedScope))],
            [.. e.Events.OrderBy(v => v.Id).Select(v => new StepRecord(v.At, v.Actor, v.Action, v.CountryIso3, v.Scope))]))];
    }

    /// <summary>
    /// The exchange requests about the scope's own country: nothing while an exchange is only a
    /// suggestion, and nothing of the other country until both consented.
    /// </summary>
    public async Task<IReadOnlyList<CountryExchangeView>> ListOwnAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Level != ScopeLevel.Country)
        {
            return [];
        }

        var own = scope.Restrict(db.ExchangeParties.AsNoTracking()).Select(p => p.ExchangeId);
        var exchanges = await db.Exchanges.AsNoTracking()
            .Include(e => e.Parties)
            .Where(e => own.Contains(e.Id) && e.Status != ExchangeStatus.Suggested)
            .ToListAsync(cancellationToken);
        return [.. LatestFirst(exchanges).Select(e =>
        {
            var mine = e.Parties.Single(p => p.CountryIso3 == scope.CountryIso3);
            var other = e.BothConsentedAt is null ? null : e.Parties.Single(p => p.CountryIso3 != scope.CountryIso3);
            return new CountryExchangeView(e.Id, e.CapabilityCode, e.Status, mine.Role, mine.Consent, mine.SharedScope, other?.CountryIso3, other?.SharedScope);
        })];
    }

    // Ordered here: SQLite cannot order by DateTimeOffset, and the lists are short.
    private static IEnumerable<Exchange> LatestFirst(IEnumerable<Exchange> exchanges) =>
        exchanges.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id);

    private static void DemandSecretariat(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not manage peer-learning exchanges: the secretariat does.");
        }
    }

    private static void Require(Exchange exchange, ExchangeStatus status, string step)
    {
        if (exchange.Status != status)
        {
            throw new ExchangeStateException($"Cannot {step} exchange {exchange.Id}: it is {exchange.Status}, and this step needs {status}.");
        }
    }

    private async Task<Exchange> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Exchanges.Include(e => e.Parties).SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no exchange {id}.");

    // A country's own party: only its focal point acts for it, never the secretariat. An exchange
    // that does not concern the country, or is still a suggestion, is reported as not found.
    private async Task<(Exchange Exchange, ExchangeParty Party)> OwnPartyAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Level != ScopeLevel.Country || !scope.Actor.Has(Permissions.WriteOwnCountry))
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not answer for a country: only its focal point does.");
        }

        var exchange = await LoadAsync(id, cancellationToken);
        var party = exchange.Parties.SingleOrDefault(p => p.CountryIso3 == scope.CountryIso3);
        return party is null || exchange.Status == ExchangeStatus.Suggested
            ? throw new KeyNotFoundException($"There is no exchange {id}.")
            : (exchange, party);
    }

    private async Task StepAsync(AccessScope scope, Exchange exchange, string action, string? country, string? detail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        exchange.UpdatedAt = now;
        exchange.Events.Add(new ExchangeEvent { At = now, Actor = scope.Actor.Name, Action = action, CountryIso3 = country, Scope = detail });
        audit.Add(scope.Actor, AuditActions.ExchangeStep, $"exchange:{exchange.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}", exchange.Status.ToString(), $"{action}{(detail is null ? "" : ": " + detail)}", country);
        await db.SaveChangesAsync(cancellationToken);
    }
}
