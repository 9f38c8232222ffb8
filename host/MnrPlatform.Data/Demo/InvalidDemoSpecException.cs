namespace MnrPlatform.Data.Demo;

/// <summary>A demo spec cannot be met (e.g. more yes answers asked for than countries answering).</summary>
public sealed class InvalidDemoSpecException(string message) : Exception(message);
