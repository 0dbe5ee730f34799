namespace RaceOptimizer.Ui.Api;

/// <summary>A file as the API served it: bytes, media type and the name it suggested.</summary>
public sealed record ApiFile(byte[] Content, string ContentType, string FileName);
