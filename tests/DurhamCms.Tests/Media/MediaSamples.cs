using System.Text;
using SkiaSharp;

namespace DurhamCms.Tests.MediaFiles;

/// <summary>Files for upload tests, made here so each test says what it holds: real images, hostile ones, documents.</summary>
public static class MediaSamples
{
    public static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Png(int width, int height) => Image(width, height, SKEncodedImageFormat.Png);

    /// <summary>
    /// A JPEG whose EXIF says "rotate 90° clockwise" (orientation 6) and carries GPS data, as a
    /// phone writes it: the TIFF structure by hand, so the test owns every byte.
    /// </summary>
    public static byte[] PhoneJpeg(int width, int height)
    {
        var jpeg = Image(width, height);
        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray());
        tiff.AddRange(U16(42));
        tiff.AddRange(U32(8));
        // IFD0: Orientation = 6, GPSInfo -> the GPS IFD at offset 38 (8 + 2 + 2 * 12 + 4).
        tiff.AddRange(U16(2));
        tiff.AddRange(Entry(0x0112, 3, 1, [6, 0, 0, 0]));
        tiff.AddRange(Entry(0x8825, 4, 1, U32(38)));
        tiff.AddRange(U32(0));
        // GPS IFD: GPSLatitudeRef "N", GPSLongitudeRef "W" (a resident's home, as far as this test cares).
        tiff.AddRange(U16(2));
        tiff.AddRange(Entry(0x0001, 2, 2, [(byte)'N', 0, 0, 0]));
        tiff.AddRange(Entry(0x0003, 2, 2, [(byte)'W', 0, 0, 0]));
        tiff.AddRange(U32(0));

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new List<byte> { 0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF) };
        segment.AddRange(payload);
        return [.. jpeg.Take(2), .. segment, .. jpeg.Skip(2)];
    }

    /// <summary>A small, valid JPEG whose frame header claims 60,000 × 60,000 pixels: decoding it would take 14 GB.</summary>
    public static byte[] DecompressionBomb()
    {
        var jpeg = Image(64, 64);
        for (var i = 2; i < jpeg.Length - 9; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC1 or 0xC2)
            {
                jpeg[i + 5] = 0xEA; jpeg[i + 6] = 0x60; // height 60000
                jpeg[i + 7] = 0xEA; jpeg[i + 8] = 0x60; // width 60000
                return jpeg;
            }
        }

        throw new InvalidOperationException("No frame header found in the sample JPEG.");
    }

    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    /// <summary>
    /// GIF and JavaScript at once, the classic polyglot: "GIF89a/*" opens a comment, so a page that
    /// loads it as a script runs it. Its "dimensions" are the bytes "/*" and "=1": 10,799 × 12,605.
    /// </summary>
    public static byte[] Polyglot => [.. "GIF89a"u8.ToArray(), 0x2F, 0x2A, .. Encoding.UTF8.GetBytes("=1;*/ <script>alert(document.domain)</script>")];

    /// <summary>A one-pixel GIF header followed by HTML instead of image data.</summary>
    public static byte[] SmallPolyglot => [.. "GIF89a"u8.ToArray(), 1, 0, 1, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes("<html><script>alert(document.domain)</script></html>")];

    public static byte[] SvgWithScript => Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>""");

    public static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(bytes, 0);
        for (var i = 9; i < size; i++)
        {
            bytes[i] = (byte)'A';
        }

        return bytes;
    }

    public static (int Width, int Height) SizeOf(byte[] image)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(image)) ?? throw new InvalidOperationException("Not an image.");
        return (codec.Info.Width, codec.Info.Height);
    }

    public static bool HasExif(byte[] image) => image.AsSpan().IndexOf("Exif\0\0"u8) >= 0;

    private static byte[] U16(int v) => [(byte)v, (byte)(v >> 8)];

    private static byte[] U32(int v) => [(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)];

    private static byte[] Entry(int tag, int type, int count, byte[] value) => [.. U16(tag), .. U16(type), .. U32(count), .. value];
}
