using System.IO.Compression;
using System.Text;

namespace DurhamCms.Media.Services;

/// <summary>
/// Tells what a file is from its bytes (magic numbers, the package parts of Office files),
/// never from its name, and refuses what the library must not serve: HTML under an image's name,
/// SVG, macro-enabled Office files, anything it does not know. The name's extension must agree.
/// </summary>
public static class MediaInspector
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static MediaKind Identify(string fileName, byte[] content)
    {
        var claimed = MediaKind.ByExtension(fileName);
        if (LooksLikeMarkup(content, out var markup))
        {
            throw new MediaRefusedException(markup == "svg"
                ? $"'{fileName}' is an SVG image. SVG is refused: it is a document that can carry scripts and links, which would run on this site's address."
                : $"'{fileName}' is {markup}, not {(claimed is null ? "a file the library takes" : "a " + claimed.Label + " file")}; the library checks what a file holds, not its name.");
        }

        var actual = Detect(content)
            ?? throw new MediaRefusedException($"'{fileName}' is not a file the library takes ({MediaKind.AcceptedList}); its content matches none of them.");
        if (claimed != actual)
        {
            throw new MediaRefusedException($"'{fileName}' holds a {actual.Label} file but is named as {(claimed is null ? "something else" : "a " + claimed.Label + " file")}; name it {actual.Extensions[0]}.");
        }

        return actual;
    }

    private static MediaKind? Detect(byte[] c)
    {
        if (c.Length >= 3 && c[0] == 0xFF && c[1] == 0xD8 && c[2] == 0xFF)
        {
            return MediaKind.Jpeg;
        }

        if (c.AsSpan().StartsWith(PngSignature))
        {
            return MediaKind.Png;
        }

        if (c.Length >= 6 && (c.AsSpan(0, 6).SequenceEqual("GIF87a"u8) || c.AsSpan(0, 6).SequenceEqual("GIF89a"u8)))
        {
            return MediaKind.Gif;
        }

        if (c.Length >= 12 && c.AsSpan(0, 4).SequenceEqual("RIFF"u8) && c.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            return MediaKind.WebP;
        }

        if (c.Length >= 5 && c.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return MediaKind.Pdf;
        }

        if (c.Length >= 4 && c[0] == 0x50 && c[1] == 0x4B && c[2] == 0x03 && c[3] == 0x04)
        {
            return OfficePackage(c);
        }

        return IsPlainText(c) ? MediaKind.Csv : null;
    }

    /// <summary>XLSX or DOCX by the package's parts; only the directory is read, nothing is inflated (a zip bomb costs nothing here).</summary>
    private static MediaKind? OfficePackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Take(10_000).Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                throw new MediaRefusedException("The Office file contains macros (vbaProject.bin); macro-enabled files are refused.");
            }

            return names.Contains("word/document.xml") ? MediaKind.Docx : names.Contains("xl/workbook.xml") ? MediaKind.Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>UTF-8 text without NULs: what a CSV is. Markup is caught before this.</summary>
    private static bool IsPlainText(byte[] content)
    {
        if (content.Length == 0 || Array.IndexOf(content, (byte)0) >= 0)
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>HTML, XML or SVG at the start of the file (after a BOM and white space), or an HTML tag anywhere in its first kilobytes.</summary>
    private static bool LooksLikeMarkup(byte[] content, out string what)
    {
        var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 4096)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        what = "";
        if (head.Contains("<svg", StringComparison.OrdinalIgnoreCase))
        {
            what = "svg";
            return true;
        }

        var isBinaryImage = content.Length >= 3 && (content[0] == 0xFF || content[0] == 0x89 || content[0] == (byte)'G' || content[0] == (byte)'R');
        if (head.StartsWith('<') || (!isBinaryImage && (head.Contains("<script", StringComparison.OrdinalIgnoreCase) || head.Contains("<html", StringComparison.OrdinalIgnoreCase))))
        {
            what = "HTML or XML";
            return true;
        }

        return false;
    }
}

/// <summary>An upload, recipe file or request the library refuses; the message says what and why, for the person who sent it.</summary>
public sealed class MediaRefusedException(string message) : Exception(message);
