using System.Diagnostics.CodeAnalysis;
using MnrPlatform.Core.Disclosure;

namespace MnrPlatform.Core.Indicators;

/// <summary>
/// Indicator results kept between requests: per (round, indicator, breakdown, includeUnvalidated),
/// and as disclosed per (round, indicator, k, includeUnvalidated).
/// <para>
/// <b>Invalidation.</b> Every read and write names the round's <em>stamp</em>: an opaque string
/// that changes whenever the answers the results are computed from change. The host reads it from
/// the database with the request, e.g. a round version counter bumped in the same transaction as any
/// answer or validation change, or the latest change time of the round's answers and submissions
/// together with their count (so deletions and un-validations change it too); a draft preview
/// (includeUnvalidated) needs a stamp that also moves with drafts. A result is returned only under
/// the stamp it was stored with, so several stateless host instances, each with its own cache, never
/// serve results older than the database; when a new stamp is seen, the round's older results are
/// dropped. <see cref="Invalidate"/> drops a round at once (the instance that wrote the change can
/// call it; the others notice the stamp).
/// </para>
/// <para>
/// <b>Memory.</b> At most <see cref="Capacity"/> entries (default 50,000); the least recently used
/// is evicted first. An entry is one indicator by one breakdown (a handful of groups with n, N and
/// the value) or one indicator as disclosed, a few hundred bytes to a few kilobytes, so the default
/// holds 300 indicators × 5 breakdowns × 2 (validated, preview) of about 15 rounds in tens of
/// megabytes. Results whose plugin code failed are kept like the others, until the stamp changes.
/// </para>
/// <para>Thread-safe: one lock around the map and the recency list; computing happens outside it.</para>
/// </summary>
public sealed class IndicatorResultCache
{
    /// <summary>The default number of entries kept.</summary>
    public const int DefaultCapacity = 50_000;

    private readonly Lock gate = new();
    private readonly Dictionary<Key, LinkedListNode<Entry>> entries = [];
    private readonly LinkedList<Entry> recency = new();
    private readonly Dictionary<(string RoundCode, bool IncludeUnvalidated), string> stamps = [];

    /// <summary>Creates a cache that keeps at most <paramref name="capacity"/> entries.</summary>
    public IndicatorResultCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>The entries kept now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>The result stored for <paramref name="key"/> under <paramref name="stamp"/>, if any.</summary>
    public bool TryGet(IndicatorResultKey key, string stamp, [NotNullWhen(true)] out BreakdownResult? result)
    {
        result = TryGet(Key.Of(key), stamp) as BreakdownResult;
        return result is not null;
    }

    /// <summary>Stores <paramref name="result"/> for <paramref name="key"/> under <paramref name="stamp"/>.</summary>
    public void Set(IndicatorResultKey key, string stamp, BreakdownResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Set(Key.Of(key), stamp, result);
    }

    /// <summary>The disclosed result stored for <paramref name="key"/> under <paramref name="stamp"/>, if any.</summary>
    public bool TryGetDisclosed(DisclosedResultKey key, string stamp, [NotNullWhen(true)] out DisclosedIndicator? result)
    {
        result = TryGet(Key.Of(key), stamp) as DisclosedIndicator;
        return result is not null;
    }

    /// <summary>Stores a disclosed <paramref name="result"/> for <paramref name="key"/> under <paramref name="stamp"/>.</summary>
    public void SetDisclosed(DisclosedResultKey key, string stamp, DisclosedIndicator result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Set(Key.Of(key), stamp, result);
    }

    /// <summary>Drops every result of round <paramref name="roundCode"/> (validated and preview).</summary>
    public void Invalidate(string roundCode)
    {
        ArgumentNullException.ThrowIfNull(roundCode);
        lock (gate)
        {
            Drop(roundCode, includeUnvalidated: false);
            Drop(roundCode, includeUnvalidated: true);
        }
    }

    /// <summary>Drops everything.</summary>
    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            recency.Clear();
            stamps.Clear();
        }
    }

    private object? TryGet(Key key, string stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        lock (gate)
        {
            Observe(key, stamp);
            if (!entries.TryGetValue(key, out var node))
            {
                return null;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.Value;
        }
    }

    private void Set(Key key, string stamp, object value)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        lock (gate)
        {
            Observe(key, stamp);
            if (entries.Remove(key, out var old))
            {
                recency.Remove(old);
            }

            entries[key] = recency.AddFirst(new Entry(key, value));
            while (entries.Count > Capacity && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
            }
        }
    }

    /// <summary>A stamp other than the one the round's entries were stored under makes them stale: drop them.</summary>
    private void Observe(Key key, string stamp)
    {
        var round = (key.RoundCode, key.IncludeUnvalidated);
        if (stamps.TryGetValue(round, out var current) && string.Equals(current, stamp, StringComparison.Ordinal))
        {
            return;
        }

        if (current is not null)
        {
            Drop(key.RoundCode, key.IncludeUnvalidated);
        }

        stamps[round] = stamp;
    }

    private void Drop(string roundCode, bool includeUnvalidated)
    {
        stamps.Remove((roundCode, includeUnvalidated));
        var node = recency.First;
        while (node is not null)
        {
            var next = node.Next;
            if (node.Value.Key.IncludeUnvalidated == includeUnvalidated && string.Equals(node.Value.Key.RoundCode, roundCode, StringComparison.Ordinal))
            {
                recency.Remove(node);
                entries.Remove(node.Value.Key);
            }

            node = next;
        }
    }

    /// <summary>One key for both kinds: <paramref name="Slot"/> is the breakdown, or 1000 + k for a disclosed result.</summary>
    private readonly record struct Key(string RoundCode, bool IncludeUnvalidated, string IndicatorId, int Slot)
    {
        private const int Disclosed = 1000;

        public static Key Of(IndicatorResultKey key) => new(
            key.RoundCode ?? throw new ArgumentException("A key needs a round.", nameof(key)),
            key.IncludeUnvalidated,
            key.IndicatorId ?? throw new ArgumentException("A key needs an indicator.", nameof(key)),
            (int)key.Breakdown);

        public static Key Of(DisclosedResultKey key) => new(
            key.RoundCode ?? throw new ArgumentException("A key needs a round.", nameof(key)),
            key.IncludeUnvalidated,
            key.IndicatorId ?? throw new ArgumentException("A key needs an indicator.", nameof(key)),
            Disclosed + key.MinimumCellSize);
    }

    private sealed record Entry(Key Key, object Value);
}

/// <summary>What an indicator result is cached by.</summary>
/// <param name="RoundCode">The round.</param>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Breakdown">The breakdown.</param>
/// <param name="IncludeUnvalidated">Whether drafts were included (the secretariat's preview).</param>
public readonly record struct IndicatorResultKey(string RoundCode, string IndicatorId, Breakdown Breakdown, bool IncludeUnvalidated);

/// <summary>What a disclosed indicator result is cached by.</summary>
/// <param name="RoundCode">The round.</param>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="MinimumCellSize">The viewer's k (<see cref="DisclosureRule.MinimumCellSize"/>; 0 for the secretariat).</param>
/// <param name="IncludeUnvalidated">Whether drafts were included.</param>
public readonly record struct DisclosedResultKey(string RoundCode, string IndicatorId, int MinimumCellSize, bool IncludeUnvalidated);
