namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// One merge of a dendrogram. Nodes 0..n−1 are the units; merge i (in height order) creates node n + i.
/// </summary>
/// <param name="Left">The child node holding the lower unit index.</param>
/// <param name="Right">The other child node.</param>
/// <param name="Height">The average-linkage distance at which the two merged.</param>
/// <param name="Size">The number of units under the new node.</param>
public sealed record DendrogramMerge(int Left, int Right, double Height, int Size);
