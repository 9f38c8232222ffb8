using Microsoft.Extensions.Localization;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>How exchange statuses, consent and step outcomes read on the pages, for the secretariat and for countries alike.</summary>
internal static class ExchangeLabels
{
    /// <summary>The status in words.</summary>
    public static string StatusText(IStringLocalizer<PeerLearningText> l, ExchangeStatus status) => l[status switch
    {
        ExchangeStatus.Suggested => "Status.Suggested",
        ExchangeStatus.ConsentRequested => "Status.ConsentRequested",
        ExchangeStatus.Arranged => "Status.Arranged",
        ExchangeStatus.Completed => "Status.Completed",
        _ => "Status.Closed",
    }];

    /// <summary>The chip colour of a status.</summary>
    public static MudBlazor.Color StatusColor(ExchangeStatus status) => status switch
    {
        ExchangeStatus.ConsentRequested => MudBlazor.Color.Warning,
        ExchangeStatus.Arranged => MudBlazor.Color.Info,
        ExchangeStatus.Completed => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Default,
    };

    /// <summary>What a step did, by its code (the <c>done</c> of a form post's redirect).</summary>
    public static string DoneText(IStringLocalizer<PeerLearningText> l, string? done) => l[done switch
    {
        "suggested" => "Done.Suggested",
        "consent-requested" => "Done.ConsentRequested",
        "accepted" => "Done.Accepted",
        "declined" => "Done.Declined",
        "withdrawn" => "Done.Withdrawn",
        "arranged" => "Done.Arranged",
        "completed" => "Done.Completed",
        "closed" => "Done.Closed",
        _ => "Done.Other",
    }];

    /// <summary>Why a step was refused, by its code (the <c>error</c> of a form post's redirect).</summary>
    public static string ErrorText(IStringLocalizer<PeerLearningText> l, string? error) => l[error switch
    {
        "not-found" => "Error.NotFound",
        "not-allowed" => "Error.NotAllowed",
        _ => "Error.State",
    }];

    /// <summary>A country's consent in words.</summary>
    public static string ConsentText(IStringLocalizer<PeerLearningText> l, ConsentState consent) => l[consent switch
    {
        ConsentState.NotAsked => "Consent.NotAsked",
        ConsentState.Pending => "Consent.Pending",
        ConsentState.Accepted => "Consent.Accepted",
        ConsentState.Declined => "Consent.Declined",
        _ => "Consent.Withdrawn",
    }];

    /// <summary>How a closed exchange ended, by the code of its last step; null for a code without words.</summary>
    public static string? EndText(IStringLocalizer<PeerLearningText> l, string? action) => action switch
    {
        "declined" => l["Ended.Declined"].Value,
        "withdrawn" => l["Ended.Withdrawn"].Value,
        _ => null,
    };
}
