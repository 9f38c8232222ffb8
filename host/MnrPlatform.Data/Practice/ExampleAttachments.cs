using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Files attached to examples: PDFs and images only, recognised by their content (not their name),
/// size-limited, PDFs with script refused. A refused file stores nothing.
/// </summary>
public sealed class ExampleAttachments
{
    /// <summary>Checks and stores a file for an example the scope may edit; returns its id or throws <see cref="PracticeException"/> with the reason.</summary>
    public Task<int> AddAsync(AccessScope scope, int exampleId, string fileName, Stream content, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>A file's name, type and content when the viewer may see its example; null otherwise.</summary>
    public Task<(string FileName, string ContentType, byte[] Content)?> OpenAsync(AccessScope scope, int attachmentId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Removes a file (its country or the secretariat).</summary>
    public Task RemoveAsync(AccessScope scope, int attachmentId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
