using System.Collections;
using DynamicObj;

namespace MnrPlatform.Sdk.Charts;

/// <summary>
/// plotly.js attributes set by name on a Plotly.NET object (a layout, a config, a trace), for what
/// Plotly.NET's C# API does not type. A dotted path reaches into nested objects and creates them:
/// <c>Set("xaxis.range", new[] { 0, 100 })</c> writes <c>{"xaxis":{"range":[0,100]}}</c>.
/// </summary>
/// <example>
/// <code>
/// chart.WithLayout(l => l
///     .Set("barmode", "stack")
///     .Set("xaxis.ticksuffix", "%")
///     .Set("legend.orientation", "h"));
/// </code>
/// </example>
public sealed class ChartProperties
{
    internal ChartProperties(DynamicObj.DynamicObj target) => Target = target;

    internal DynamicObj.DynamicObj Target { get; }

    /// <summary>A new plotly object, e.g. one item of <c>layout.annotations</c>, to pass as a value to <see cref="Set"/>.</summary>
    /// <param name="set">Sets the object's attributes.</param>
    public static ChartProperties Create(Action<ChartProperties> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var properties = new ChartProperties(new DynamicObj.DynamicObj());
        set(properties);
        return properties;
    }

    /// <summary>
    /// Sets the plotly.js attribute at <paramref name="path"/> (plotly's names, dot-separated for
    /// nested objects) to <paramref name="value"/>: a string, number, bool, array or list, another
    /// <see cref="ChartProperties"/> or a list of them. <see langword="null"/> removes the attribute.
    /// </summary>
    /// <returns>This object, to chain calls.</returns>
    /// <exception cref="ArgumentException">The path is empty, has an empty part, or passes through an attribute that is not an object.</exception>
    public ChartProperties Set(string path, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var parts = path.Split('.');
        if (parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"The attribute path \"{path}\" has an empty part; write plotly names separated by single dots, e.g. \"xaxis.range\".", nameof(path));
        }

        var owner = Target;
        foreach (var part in parts[..^1])
        {
            owner = Child(owner, part, path);
        }

        if (value is null)
        {
            owner.RemoveProperty(parts[^1]);
        }
        else
        {
            owner.SetProperty(parts[^1], Unwrap(value));
        }

        return this;
    }

    private static DynamicObj.DynamicObj Child(DynamicObj.DynamicObj owner, string name, string path)
    {
        var existing = owner.TryGetPropertyValue(name);
        if (existing is null || existing.Value is null)
        {
            var created = new DynamicObj.DynamicObj();
            owner.SetProperty(name, created);
            return created;
        }

        return existing.Value as DynamicObj.DynamicObj
            ?? throw new ArgumentException($"The attribute path \"{path}\" passes through \"{name}\", which holds a {existing.Value.GetType().Name}, not an object.", nameof(path));
    }

    private static object Unwrap(object value) => value switch
    {
        ChartProperties properties => properties.Target,
        IEnumerable<ChartProperties> many => many.Select(p => (object)p.Target).ToArray(),
        string or IDictionary => value,
        IEnumerable sequence when sequence.Cast<object?>().Any(v => v is ChartProperties) =>
            sequence.Cast<object?>().Select(v => v is null ? null : Unwrap(v)).ToArray(),
        _ => value,
    };
}
