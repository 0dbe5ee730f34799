using RaceOptimizer.Contracts.Presets;

namespace RaceOptimizer.Api.Presets;

/// <summary>`GET /api/presets/export`: every preset, in a document `POST /api/presets/import` takes back.</summary>
public sealed record PresetExport(int FormatVersion, DateTimeOffset ExportedAt, IReadOnlyList<PresetView> Presets)
{
    public const int CurrentFormat = 1;
}

/// <summary>
/// The body of `POST /api/presets/import`: an export's `presets`, each read like a new preset. Their ids and times are
/// not taken: an import adds presets to this install, it does not restore them (that is what a backup does).
/// </summary>
public sealed record PresetImport(IReadOnlyList<PresetRequest?>? Presets);

/// <summary>How an import treats a preset whose name is taken (ignoring case): `skip` it, or `rename` it "Name (2)".</summary>
public static class DuplicateNames
{
    public const string Skip = "skip";
    public const string Rename = "rename";

    /// <summary>The first of "name (2)", "name (3)", ... not yet in <paramref name="taken"/>, now taken.</summary>
    public static string Claim(string name, ISet<string> taken)
    {
        for (var copy = 2; ; copy++)
        {
            var suffix = $" ({copy})";
            var candidate = name[..Math.Min(name.Length, PresetRequest.MaxNameLength - suffix.Length)] + suffix;
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
