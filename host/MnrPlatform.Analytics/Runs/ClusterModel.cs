using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// The trained k-means of a stored run: the ML.NET model with what it needs to read a profile the
/// way the run did (the capability order, the means that replaced missing values, the domain
/// scaling) and the map from ML.NET's labels to the run's cluster numbers. It places a unit that
/// was not clustered (prediction, not re-clustering).
/// </summary>
public sealed class ClusterModel
{
    private ClusterModel()
    {
    }

    /// <summary>The capability codes the model reads, in order.</summary>
    public IReadOnlyList<string> CapabilityCodes => throw new NotImplementedException();

    /// <summary>Reads a model written by <see cref="ToBytes"/>; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    /// <param name="bytes">The stored model.</param>
    public static ClusterModel Load(byte[] bytes) => throw new NotImplementedException();

    /// <summary>The model as bytes to store (a zip: the ML.NET model and its reading instructions).</summary>
    public byte[] ToBytes() => throw new NotImplementedException();

    /// <summary>
    /// Each unit of <paramref name="profiles"/> assigned to the run's cluster whose centroid is
    /// nearest, in the run's numbering. The profiles' framework must have the model's capabilities.
    /// </summary>
    /// <param name="profiles">The units to place.</param>
    public IReadOnlyList<UnitAssignment> Place(ProfileSet profiles) => throw new NotImplementedException();
}

/// <summary>A unit placed in a stored run's cluster by its model.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Cluster">The run's cluster number.</param>
/// <param name="Distance">The squared distance to that cluster's centroid in the model's scaled space.</param>
public sealed record UnitAssignment(string UnitCode, int Cluster, double Distance);
