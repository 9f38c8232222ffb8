using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Surveys.Rounds;

/// <summary>
/// The secretariat sets a round up: creates it as a draft, chooses instruments and invited
/// countries, sets and extends deadlines. Opening, closing and publishing are
/// <see cref="Workflow.RoundAdministration"/>'s. Every change is audited.
/// </summary>
public sealed class RoundSetup
{
    /// <summary>Creates <paramref name="definition"/> as a draft round; returns its code.</summary>
    /// <exception cref="RoundSetupException">Something in the definition is wrong; the message names the field.</exception>
    public Task<string> CreateAsync(AccessScope scope, RoundDefinition definition, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Invites the countries of <paramref name="selection"/> to <paramref name="instrumentCode"/> (every instrument when null); returns how many were added.</summary>
    public Task<int> InviteCountriesAsync(AccessScope scope, string roundCode, string? instrumentCode, CountrySelection selection, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Takes a country off an instrument of a draft round.</summary>
    public Task RemoveCountryAsync(AccessScope scope, string roundCode, string instrumentCode, string countryIso3, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Sets the questions of <paramref name="instrumentCode"/> for a draft round; null: every question of the instrument.</summary>
    public Task SetQuestionSelectionAsync(AccessScope scope, string roundCode, string instrumentCode, IReadOnlyList<string>? questionIds, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Moves the deadline of the round, or of one country when <paramref name="countryIso3"/> is given.</summary>
    public Task SetDeadlineAsync(AccessScope scope, string roundCode, DateTimeOffset deadline, string? countryIso3, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>The invited countries with their progress, late ones marked (secretariat only).</summary>
    public Task<IReadOnlyList<RoundParticipantView>> ParticipantsAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
