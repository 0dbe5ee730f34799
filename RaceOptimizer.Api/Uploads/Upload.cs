using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RaceOptimizer.Api.Apis;
using RaceOptimizer.Core.Import;

namespace RaceOptimizer.Api.Uploads;

/// <summary>
/// The files of one multipart request, ready for the importers: every file is checked against their size limit before
/// any is parsed, then buffered in memory because the importers read synchronously.
/// </summary>
internal sealed class Upload : IDisposable
{
    /// <summary>
    /// The most a whole upload request may carry: far above what the importers take, so that an oversized file reaches
    /// the per-file check and is refused by name, not by a bare 413 for the request.
    /// </summary>
    public const long RequestLimitBytes = ImportLimits.LoopDataFileBytes + (16 * 1024 * 1024);

    private readonly Dictionary<string, SlateFile> files;

    private Upload(IFormCollection fields, Dictionary<string, SlateFile> files)
    {
        Fields = fields;
        this.files = files;
    }

    public IFormCollection Fields { get; }

    public SlateFile? File(UploadPart part) => files.GetValueOrDefault(part.Name);

    public SlateFile Required(UploadPart part) => files[part.Name];

    public static async Task<Outcome<Upload>> ReadAsync(HttpRequest request, IReadOnlyList<UploadPart> parts, CancellationToken cancellationToken)
    {
        var expected = string.Join(", ", parts.Select(p => $"'{p.Name}' ({p.Description}{(p.Required ? "" : ", optional")})"));
        if (!request.HasFormContentType)
        {
            return ApiProblems.BadRequest("Not a file upload", $"Send the files as multipart/form-data parts: {expected}.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge($"The upload is over the {Megabytes(RequestLimitBytes)} limit of a whole request; each file may be at most {string.Join(", ", parts.Select(p => $"{Megabytes(p.LimitBytes)} ('{p.Name}')"))}.");
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException)
        {
            return ApiProblems.BadRequest("Not a file upload", $"The multipart form cannot be read ({exception.Message}). Send the files as parts: {expected}.");
        }

        if (PartErrors(form.Files, parts, expected) is { Count: > 0 } errors)
        {
            return ApiProblems.BadFields(errors);
        }

        var oversized = form.Files.Select(f => (File: f, Limit: parts.First(p => string.Equals(p.Name, f.Name, StringComparison.OrdinalIgnoreCase)).LimitBytes))
            .Where(f => f.File.Length > f.Limit)
            .Select(f => new ImportProblem(
                FileName(f.File),
                1,
                null,
                $"the file is {Megabytes(f.File.Length)}, over the {Megabytes(f.Limit)} limit for an uploaded file: it was not read"))
            .ToList();
        if (oversized.Count > 0)
        {
            return ApiProblems.BadFiles(oversized);
        }

        var buffered = new Dictionary<string, SlateFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in form.Files)
        {
            var content = new MemoryStream((int)file.Length);
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(content, cancellationToken);
            }

            content.Position = 0;
            buffered[file.Name] = new SlateFile(FileName(file), content);
        }

        return new Upload(form, buffered);
    }

    public void Dispose()
    {
        foreach (var file in files.Values)
        {
            file.Content.Dispose();
        }
    }

    // A typo in a part name would otherwise import the slate without that file, silently.
    private static Dictionary<string, string[]> PartErrors(IFormFileCollection files, IReadOnlyList<UploadPart> parts, string expected)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var part in parts.Where(p => p.Required && files.GetFile(p.Name) is null))
        {
            errors[part.Name] = [$"The file part '{part.Name}' ({part.Description}) is missing."];
        }

        foreach (var name in files.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!parts.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                errors[name] = [$"'{name}' is not a file this endpoint takes: send {expected}."];
            }
            else if (files.GetFiles(name) is { Count: > 1 } repeated)
            {
                errors[name] = [$"'{name}' was sent {repeated.Count} times: send one file per part."];
            }
        }

        return errors;
    }

    // The client's name for the file is what problems point at; a path some browsers send is cut to the name.
    private static string FileName(IFormFile file) => Path.GetFileName(file.FileName) is { Length: > 0 } name ? name : file.Name;

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}

internal static class UploadEndpoints
{
    /// <summary>Lets an upload of up to <see cref="Upload.RequestLimitBytes"/> through Kestrel and the form reader.</summary>
    public static RouteHandlerBuilder AcceptsUploads(this RouteHandlerBuilder endpoint) => endpoint
        .WithMetadata(new RequestSizeLimitAttribute(Upload.RequestLimitBytes))
        .WithFormOptions(multipartBodyLengthLimit: Upload.RequestLimitBytes);
}
