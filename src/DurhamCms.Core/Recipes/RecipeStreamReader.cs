using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.Recipes;

/// <summary>Where a Content step's <c>Data</c> array lies in the recipe's bytes: '[' to just after ']'.</summary>
internal readonly record struct RecipeDataRange(long Start, long End);

/// <summary>A recipe read without its Content items, and where to stream each Content step's items from.</summary>
internal sealed record StreamedRecipe(RecipeDocument Document, IReadOnlyDictionary<int, RecipeDataRange> StreamedData);

/// <summary>
/// Reads a recipe in two passes so that a 100,000-item recipe never sits in memory whole. The
/// first pass checks the whole file is JSON (so a broken item at the end fails before anything
/// is imported) and notes where each Content step's <c>Data</c> array lies; everything else
/// (header, variables, other steps) is read as before by <see cref="RecipeReader"/>, with those
/// arrays left empty. Each Content step then streams its items, one JSON object at a time.
/// </summary>
internal static class RecipeStreamReader
{
    private const int ChunkBytes = 1024 * 1024;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = ContentJson.DocumentOptions.CommentHandling,
        AllowTrailingCommas = ContentJson.DocumentOptions.AllowTrailingCommas,
        MaxDepth = ContentJson.DocumentOptions.MaxDepth,
    };

    /// <param name="maxWholeBytes">The most the recipe may hold outside its streamed items (they are read whole).</param>
    public static async Task<StreamedRecipe> ReadAsync(RecipeSource source, long maxWholeBytes, CancellationToken cancellationToken)
    {
        var scan = await ScanAsync(source, cancellationToken);
        var cutBytes = scan.Cuts.Values.Sum(r => r.End - r.Start - 2);
        var wholeBytes = scan.Length - scan.BodyStart - cutBytes;
        if (wholeBytes > maxWholeBytes)
        {
            throw new RecipeException(
                $"{source.Name}: the recipe outside its content items is {wholeBytes:N0} bytes; at most {maxWholeBytes:N0} bytes of it are read whole ({RecipeOptions.Section}:{nameof(RecipeOptions.MaxFileMegabytes)}).");
        }

        var skeleton = await SkeletonAsync(source, scan, (int)wholeBytes, cancellationToken);
        return new StreamedRecipe(RecipeReader.Read(skeleton, source.Name), scan.Cuts);
    }

    /// <summary>
    /// The items of one Content step's <c>Data</c>, parsed one at a time. The first pass has
    /// already checked they are JSON; an item larger than <paramref name="maxItemBytes"/> is
    /// refused through <paramref name="error"/>, which names the step.
    /// </summary>
    public static async IAsyncEnumerable<JsonNode?> ReadItemsAsync(
        RecipeSource source,
        RecipeDataRange range,
        long maxItemBytes,
        Func<string, RecipeException> error,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = source.Open();
        stream.Seek(range.Start, SeekOrigin.Begin);
        var remaining = range.End - range.Start;
        var buffer = new byte[(int)Math.Min(ChunkBytes, Math.Max(remaining, 16))];
        var filled = 0;
        var state = new JsonReaderState(ReaderOptions);
        var started = false;
        var items = new List<JsonNode?>();
        var read = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (filled < buffer.Length && remaining > 0)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(filled, (int)Math.Min(buffer.Length - filled, remaining)), cancellationToken);
                if (n == 0)
                {
                    break;
                }

                filled += n;
                remaining -= n;
            }

            var final = remaining == 0;
            var consumed = ReadElements(buffer.AsSpan(0, filled), final, ref state, ref started, items, out var done);
            foreach (var item in items)
            {
                read++;
                yield return item;
            }

            items.Clear();
            if (done)
            {
                yield break;
            }

            if (final && consumed == 0)
            {
                // The first pass read this range as JSON: only a file changed since ends here.
                throw error($"item {read + 1} of Data ends before its closing bracket; was the recipe file changed during the import?");
            }

            if (consumed == 0 && filled == buffer.Length)
            {
                // One item larger than the buffer: grow it, up to what is read whole anywhere.
                if (buffer.Length >= maxItemBytes)
                {
                    throw error($"item {read + 1} of Data is larger than {maxItemBytes:N0} bytes, the most a recipe reads whole ({RecipeOptions.Section}:{nameof(RecipeOptions.MaxFileMegabytes)}).");
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, Math.Min(maxItemBytes, Array.MaxLength)));
            }

            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
        }
    }

    /// <summary>Parses every whole element in <paramref name="data"/>; returns the bytes they took.</summary>
    private static int ReadElements(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ref bool started, List<JsonNode?> items, out bool done)
    {
        done = false;
        var reader = new Utf8JsonReader(data, final, state);
        var consumed = 0;
        if (!started)
        {
            if (!reader.Read())
            {
                return 0;
            }

            started = true;
            consumed = (int)reader.BytesConsumed;
            state = reader.CurrentState;
        }

        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 0)
            {
                done = true;
                return (int)reader.BytesConsumed;
            }

            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                break;
            }

            var end = (int)reader.BytesConsumed;
            items.Add(JsonNode.Parse(data[start..end], ContentJson.NodeOptions, ContentJson.DocumentOptions));
            consumed = end;
            state = reader.CurrentState;
        }

        return consumed;
    }

    private static async Task<Scan> ScanAsync(RecipeSource source, CancellationToken cancellationToken)
    {
        await using var stream = source.Open();
        var scan = new Scan();
        var buffer = new byte[ChunkBytes];
        var filled = 0;
        long offset = 0;
        var state = new JsonReaderState(ReaderOptions);
        var first = true;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            filled += n;
            var final = n == 0;
            var start = 0;
            if (first && (filled >= Bom.Length || final))
            {
                first = false;
                if (buffer.AsSpan(0, filled).StartsWith(Bom))
                {
                    start = Bom.Length;
                    scan.BodyStart = Bom.Length;
                    offset = Bom.Length;
                }
            }
            else if (first)
            {
                continue;
            }

            int consumed;
            try
            {
                consumed = scan.Read(buffer.AsSpan(start, filled - start), final, ref state, offset);
            }
            catch (JsonException ex)
            {
                throw RecipeReader.InvalidJson(source.Name, ex);
            }

            offset += consumed;
            if (final)
            {
                scan.Length = offset;
                return scan;
            }

            var kept = filled - start - consumed;
            if (kept == buffer.Length)
            {
                // A single token (a long string) larger than the buffer.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            Buffer.BlockCopy(buffer, start + consumed, buffer, 0, kept);
            filled = kept;
        }
    }

    /// <summary>The recipe with each streamed Data array written as [].</summary>
    private static async Task<string> SkeletonAsync(RecipeSource source, Scan scan, int length, CancellationToken cancellationToken)
    {
        var skeleton = new byte[length];
        var written = 0;
        await using var stream = source.Open();
        long position = scan.BodyStart;
        foreach (var cut in scan.Cuts.Values.Append(new RecipeDataRange(scan.Length, scan.Length)))
        {
            stream.Seek(position, SeekOrigin.Begin);
            await stream.ReadExactlyAsync(skeleton.AsMemory(written, (int)(cut.Start - position)), cancellationToken);
            written += (int)(cut.Start - position);
            if (cut.End > cut.Start)
            {
                skeleton[written++] = (byte)'[';
                skeleton[written++] = (byte)']';
            }

            position = cut.End;
        }

        return Encoding.UTF8.GetString(skeleton, 0, written);
    }

    /// <summary>
    /// The first pass's state across buffers: which step it is in, its name and where its Data
    /// array starts and ends. Only a step named Content (any case) with exactly one Data array
    /// is streamed; anything odd (two "steps", a step named after its Data) is read whole, as before.
    /// </summary>
    private sealed class Scan
    {
        private int _stepsArrays;
        private bool _expectSteps;
        private bool _inSteps;
        private int _step = -1;
        private string? _stepName;
        private string? _property;
        private int _dataArrays;
        private bool _inData;
        private long _dataStart;
        private long _dataEnd;

        public SortedDictionary<int, RecipeDataRange> Cuts { get; } = [];
        public long Length { get; set; }
        public int BodyStart { get; set; }

        public int Read(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, long offset)
        {
            var reader = new Utf8JsonReader(data, final, state);
            while (reader.Read())
            {
                Token(ref reader, offset);
            }

            state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }

        private void Token(ref Utf8JsonReader reader, long offset)
        {
            var depth = reader.CurrentDepth;
            var type = reader.TokenType;
            if (depth == 1)
            {
                if (type == JsonTokenType.PropertyName)
                {
                    _expectSteps = string.Equals(reader.GetString(), "steps", StringComparison.OrdinalIgnoreCase);
                    return;
                }

                if (type == JsonTokenType.StartArray && _expectSteps)
                {
                    // Two "steps": RecipeReader judges the recipe whole, nothing is streamed.
                    _inSteps = ++_stepsArrays == 1;
                    if (!_inSteps)
                    {
                        Cuts.Clear();
                    }
                }
                else if (type == JsonTokenType.EndArray && _inSteps)
                {
                    _inSteps = false;
                }

                _expectSteps = false;
                return;
            }

            if (!_inSteps)
            {
                return;
            }

            if (depth == 2)
            {
                if (type is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    EndStep();
                    return;
                }

                _step++;
                _stepName = null;
                _property = null;
                _dataArrays = 0;
                _dataStart = _dataEnd = -1;
                return;
            }

            if (depth != 3)
            {
                return;
            }

            switch (type)
            {
                case JsonTokenType.PropertyName:
                    _property = reader.GetString();
                    return;
                case JsonTokenType.EndArray when _inData:
                    _inData = false;
                    _dataEnd = offset + reader.BytesConsumed;
                    return;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    return;
            }

            if (string.Equals(_property, "name", StringComparison.OrdinalIgnoreCase) && type == JsonTokenType.String)
            {
                _stepName = reader.GetString();
            }
            else if (string.Equals(_property, "data", StringComparison.OrdinalIgnoreCase))
            {
                _dataArrays++;
                if (type == JsonTokenType.StartArray)
                {
                    _inData = true;
                    _dataStart = offset + reader.TokenStartIndex;
                }
            }

            _property = null;
        }

        private void EndStep()
        {
            if (_stepsArrays == 1 && _dataArrays == 1 && _dataStart >= 0 && _dataEnd > _dataStart
                && string.Equals(_stepName, "Content", StringComparison.OrdinalIgnoreCase))
            {
                Cuts[_step] = new RecipeDataRange(_dataStart, _dataEnd);
            }
        }
    }
}
