using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Presets;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// How a backup document is written and read. The rows are written as the tables hold them, so a field added to a
/// record is backed up without touching this code; what must never leave the database is withheld here by name.
/// Reading is strict: a missing required field, a null where none is allowed, a repeated key or an enum as a number
/// fails the whole document before anything is restored.
/// </summary>
internal static class BackupJson
{
    /// <summary>
    /// A run token names a run of this process; restored, it could let a stale runner write over the job, and its
    /// heartbeat means nothing outside this database. A history
    /// row's id is a local row number: rows are identified by their content (<see cref="HistoryRowRecord.Key"/>).
    /// </summary>
    private static readonly HashSet<(Type, string)> Withheld =
    [
        (typeof(JobRecord), nameof(JobRecord.RunToken)),
        (typeof(JobRecord), nameof(JobRecord.HeartbeatAt)),
        (typeof(HistoryRowRecord), nameof(HistoryRowRecord.Id)),
    ];

    /// <summary>Columns that hold JSON text: written as JSON, so the document reads as one tree, not strings of escapes.</summary>
    private static readonly HashSet<(Type, string)> JsonColumns =
    [
        (typeof(JobRecord), nameof(JobRecord.Config)),
        (typeof(JobRecord), nameof(JobRecord.Result)),
        (typeof(PresetRecord), nameof(PresetRecord.Settings)),
    ];

    public static JsonSerializerOptions Options { get; } = Create(readsResults: true);

    /// <summary>
    /// For checking a restore: a job's result, the bulk of a backup, is skipped, not copied. Any JSON value is a valid
    /// result, and the reader has already found it well-formed; the restore reads it with <see cref="Options"/>.
    /// </summary>
    public static JsonSerializerOptions CheckOptions { get; } = Create(readsResults: false);

    private static JsonSerializerOptions Create(bool readsResults) => new(JsonSerializerOptions.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { type => Shape(type, readsResults) } },
    };

    private static void Shape(JsonTypeInfo type, bool readsResults)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].AttributeProvider is not MemberInfo member)
            {
                continue;
            }

            if (Withheld.Contains((type.Type, member.Name)))
            {
                type.Properties.RemoveAt(i);
            }
            else if (JsonColumns.Contains((type.Type, member.Name)))
            {
                var skipped = !readsResults && (type.Type, member.Name) == (typeof(JobRecord), nameof(JobRecord.Result));
                type.Properties[i].CustomConverter = skipped ? new SkippedJsonConverter() : new JsonTextConverter();
            }
        }
    }

    /// <summary>Reads past a JSON value, keeping none of it.</summary>
    private sealed class SkippedJsonConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // TrySkip, not Skip: the reader of a restore is not the final block, and the whole value is in it.
            reader.TrySkip();
            return "";
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            throw new NotSupportedException("A skipped value is never written.");
    }

    /// <summary>JSON text in a column, as the JSON value it holds; reading any value keeps its text.</summary>
    private sealed class JsonTextConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var value = JsonDocument.ParseValue(ref reader);
            return value.RootElement.GetRawText();
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteRawValue(value);
    }
}
