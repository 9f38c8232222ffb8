using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>How exchange statuses and consent read on the pages, for the secretariat and for countries alike.</summary>
internal static class ExchangeLabels
{
    /// <summary>The status in words.</summary>
    public static string StatusText(ExchangeStatus status) => status switch
    {
        ExchangeStatus.Suggested => "Suggested",
        ExchangeStatus.ConsentRequested => "Waiting for answers",
        ExchangeStatus.Arranged => "Agreed by both: being arranged",
        ExchangeStatus.Completed => "Completed",
        _ => "Closed",
    };

    /// <summary>The chip colour of a status.</summary>
    public static MudBlazor.Color StatusColor(ExchangeStatus status) => status switch
    {
        ExchangeStatus.ConsentRequested => MudBlazor.Color.Warning,
        ExchangeStatus.Arranged => MudBlazor.Color.Info,
        ExchangeStatus.Completed => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Default,
    };

    /// <summary>What a step did, by its code (the <c>done</c> of a form post's redirect).</summary>
    public static string DoneText(string? done) => done switch
    {
        "suggested" => "Exchange recorded as a suggestion. No country has been told yet.",
        "consent-requested" => "Both countries have been asked for their consent.",
        "accepted" => "Your country's agreement is recorded.",
        "declined" => "Your country declined; the exchange is closed.",
        "withdrawn" => "Your country withdrew; the exchange is closed.",
        "arranged" => "The exchange is marked as arranged.",
        "completed" => "The exchange is completed and its outcomes recorded.",
        "closed" => "The exchange is closed.",
        _ => "Done.",
    };

    /// <summary>Why a step was refused, by its code (the <c>error</c> of a form post's redirect).</summary>
    public static string ErrorText(string? error) => error switch
    {
        "not-found" => "There is no such exchange for you.",
        "not-allowed" => "You may not take this step.",
        _ => "That step is not possible now: it may have been taken already, both countries must agree first, or a field was left empty.",
    };

    /// <summary>A country's consent in words.</summary>
    public static string ConsentText(ConsentState consent) => consent switch
    {
        ConsentState.NotAsked => "Not asked yet",
        ConsentState.Pending => "Waiting for your answer",
        ConsentState.Accepted => "Agreed",
        ConsentState.Declined => "Declined",
        _ => "Withdrawn",
    };
}
