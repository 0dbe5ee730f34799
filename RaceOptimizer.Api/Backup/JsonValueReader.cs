using System.Buffers;
using System.Text.Json;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// Reads a JSON document from a stream a token or a whole value at a time, holding no more of it than the value being
/// read: memory follows the largest value (at most <see cref="MaxValueBytes"/>), never the document. The serializer's own
/// async reading would buffer a whole array before a custom converter saw its first element.
/// </summary>
internal sealed class JsonValueReader(Stream stream, long startsAt = 0) : IDisposable
{
    /// <summary>
    /// The largest single row a backup may hold. The largest job result is an optimize job's 500 lineups with their
    /// histograms, about half a megabyte; the limit is far above that and still keeps a hostile row's cost bounded.
    /// </summary>
    public const int MaxValueBytes = 16 * 1024 * 1024;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int start;
    private int end;
    private bool finalBlock;
    private long bufferStartsAt = startsAt;
    private JsonReaderState state;

    /// <summary>The type of the next token and where in the stream it begins, without consuming it; null at the end.</summary>
    public async ValueTask<(JsonTokenType Type, long At)?> PeekAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var reader = Reader();
            if (reader.Read())
            {
                return (reader.TokenType, bufferStartsAt + start + reader.TokenStartIndex);
            }

            if (finalBlock)
            {
                return null;
            }

            await FillAsync(cancellationToken);
        }
    }

    /// <summary>Consumes one token and answers its type; a property name or string is answered in <paramref name="text"/>.</summary>
    public async ValueTask<(JsonTokenType Type, string? Text)> ReadTokenAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadToken(out var token))
            {
                return token;
            }

            await FillAsync(cancellationToken);
        }
    }

    /// <summary>Reads the next whole value (an array element, a property's value) into <typeparamref name="T"/>.</summary>
    /// <exception cref="JsonValueException">The value is well-formed but not a <typeparamref name="T"/>; it is consumed, so reading can go on.</exception>
    /// <exception cref="JsonException">The document is not well-formed JSON: reading cannot go on.</exception>
    public async ValueTask<T?> ReadValueAsync<T>(JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        while (!HasWholeValue())
        {
            await FillAsync(cancellationToken);
        }

        var reader = Reader();
        reader.Read();
        try
        {
            var value = JsonSerializer.Deserialize<T>(ref reader, options);
            Commit(reader);
            return value;
        }
        catch (JsonException exception)
        {
            // The serializer stopped inside the value: skip all of it from its start, so the next value reads.
            var skipper = Reader();
            skipper.Read();
            skipper.TrySkip(); // the whole value is in the buffer, so this skips it
            Commit(skipper);
            throw new JsonValueException(exception);
        }
    }

    /// <summary>Consumes the next value, token by token, so a value of any size is skipped in bounded memory.</summary>
    public async ValueTask SkipValueAsync(CancellationToken cancellationToken)
    {
        var depth = 0;
        do
        {
            var (type, _) = await ReadTokenAsync(cancellationToken);
            depth += type switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
        }
        while (depth > 0);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private Utf8JsonReader Reader() => new(buffer.AsSpan(start, end - start), finalBlock, state);

    private bool TryReadToken(out (JsonTokenType, string?) token)
    {
        var reader = Reader();
        if (!reader.Read())
        {
            if (finalBlock)
            {
                throw new JsonException("The document ends before it is complete.");
            }

            token = default;
            return false;
        }

        token = (reader.TokenType, reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null);
        Commit(reader);
        return true;
    }

    private bool HasWholeValue()
    {
        var reader = Reader();
        return reader.Read() && reader.TrySkip();
    }

    private void Commit(Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    /// <summary>Moves the unread bytes to the front and reads more after them; grows only while one value does not fit.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (finalBlock)
        {
            throw new JsonException("The document ends before it is complete.");
        }

        var unread = end - start;
        if (unread == buffer.Length)
        {
            if (buffer.Length >= MaxValueBytes)
            {
                throw new BackupRowTooLargeException();
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxValueBytes));
            buffer.AsSpan(start, unread).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else
        {
            buffer.AsSpan(start, unread).CopyTo(buffer);
        }

        bufferStartsAt += start;
        (start, end) = (0, unread);
        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
        end += read;
        finalBlock = read == 0;
    }
}

/// <summary>A well-formed value of the wrong shape; <see cref="Path"/> is its JSON path inside the value (`$.type`).</summary>
internal sealed class JsonValueException(JsonException inner) : Exception(inner.Message, inner)
{
    public string? Path => inner.Path;
}

/// <summary>One value of the document is over <see cref="JsonValueReader.MaxValueBytes"/>: no row of a real backup is.</summary>
internal sealed class BackupRowTooLargeException() : Exception($"over the {JsonValueReader.MaxValueBytes / (1024 * 1024)} MB limit of one row of a backup");
