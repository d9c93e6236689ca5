using SkiaSharp;

namespace DurhamCms.Media.Services;

/// <summary>An image as stored: re-encoded bytes (no EXIF, so no GPS), upright, and its size.</summary>
public sealed record ProcessedImage(byte[] Content, MediaKind Kind, int Width, int Height);

/// <summary>
/// Decoding, orienting, re-encoding and resizing with SkiaSharp. Every uploaded image is decoded
/// and encoded again: what is stored is pixels only, so EXIF (GPS included), comments and
/// anything smuggled after the image data are gone. Dimensions are read from the header and
/// checked against a pixel limit before any pixel is decoded.
/// </summary>
public sealed class ImageProcessor
{
    private const int Quality = 85;

    /// <summary>Checks, decodes and re-encodes an upload. GIF is stored as PNG (Skia encodes no GIF; the first frame is kept).</summary>
    public static ProcessedImage Normalize(string fileName, byte[] content, MediaKind kind, long maxPixels)
    {
        using var codec = Open(fileName, content, maxPixels);
        var origin = codec.EncodedOrigin;
        using var decoded = Decode(fileName, codec);
        using var upright = Orient(decoded, origin);
        var target = kind == MediaKind.Gif ? MediaKind.Png : kind;
        return new ProcessedImage(Encode(upright, target), target, upright.Width, upright.Height);
    }

    /// <summary>A narrower copy at <paramref name="width"/> (never wider than the original), in the original's format.</summary>
    public static byte[] Resize(byte[] content, MediaKind kind, int width, long maxPixels)
    {
        using var codec = Open("image", content, maxPixels);
        using var decoded = Decode("image", codec);
        if (width >= decoded.Width)
        {
            return content;
        }

        var height = Math.Max(1, (int)Math.Round(decoded.Height * (double)width / decoded.Width));
        using var resized = decoded.Resize(new SKImageInfo(width, height, decoded.ColorType, decoded.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new MediaRefusedException("The image could not be resized.");
        return Encode(resized, kind);
    }

    private static SKCodec Open(string fileName, byte[] content, long maxPixels)
    {
        var codec = SKCodec.Create(new SKMemoryStream(content))
            ?? throw new MediaRefusedException($"'{fileName}' could not be read as an image: its content is damaged or not an image at all.");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > maxPixels)
        {
            codec.Dispose();
            throw new MediaRefusedException($"'{fileName}' declares {info.Width} × {info.Height} pixels, more than the limit of {maxPixels:N0}; it was not decoded (a small file claiming a huge image is a decompression bomb).");
        }

        return codec;
    }

    private static SKBitmap Decode(string fileName, SKCodec codec)
    {
        var info = codec.Info.WithColorType(SKImageInfo.PlatformColorType).WithAlphaType(codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        // Incomplete input is refused too: a truncated image, or one with something else after its header, is not a photo.
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw new MediaRefusedException($"'{fileName}' could not be decoded as an image ({result}).");
        }

        return bitmap;
    }

    /// <summary>Turns the pixels the way EXIF orientation says the camera was held, so the stored image needs no metadata to stand up.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return source.Copy();
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var width = swap ? source.Height : source.Width;
        var height = swap ? source.Width : source.Height;
        var result = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(result);
        // Where each source pixel (x, y) lands in the upright image, as Exif orientations 2-8 say.
        float w = width, h = height;
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, w, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, w, -1, 0, h, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, h, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0);
        canvas.Flush();
        return result;
    }

    private static byte[] Encode(SKBitmap bitmap, MediaKind kind)
    {
        var format = kind == MediaKind.Jpeg ? SKEncodedImageFormat.Jpeg : kind == MediaKind.WebP ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Png;
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, Quality) ?? throw new MediaRefusedException("The image could not be encoded again.");
        return data.ToArray();
    }
}
