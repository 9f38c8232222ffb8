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

    /// <summary>The badge colour of a status.</summary>
    public static string StatusBadge(ExchangeStatus status) => status switch
    {
        ExchangeStatus.ConsentRequested => "bg-yellow-lt",
        ExchangeStatus.Arranged => "bg-blue-lt",
        ExchangeStatus.Completed => "bg-green-lt",
        _ => "bg-secondary-lt",
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
