using System.Buffers.Binary;
using System.IO.Compression;

namespace Observatoire.Probes.BrowserTests;

/// <summary>Reads the pixels of a PNG as Chromium writes them (8-bit RGB or RGBA, not interlaced): enough to check
/// what a screenshot shows without an imaging library.</summary>
internal static class Png
{
    public static (int Width, int Height, byte[] Rgb) Decode(byte[] png)
    {
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                Assert.That(body[8], Is.EqualTo(8), "8-bit PNG");
                Assert.That(body[12], Is.Zero, "not interlaced");
                channels = body[9] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {body[9]}") };
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(data, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[y * stride + x - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                int value = raw[y * (stride + 1) + 1 + x];
                pixels[y * stride + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }
        }

        var rgb = new byte[width * height * 3];
        for (var i = 0; i < width * height; i++)
        {
            Array.Copy(pixels, i * channels, rgb, i * 3, 3);
        }

        return (width, height, rgb);
    }

    /// <summary>The share of pixels within <paramref name="tolerance"/> of the colour.</summary>
    public static double Share(byte[] png, (int R, int G, int B) colour, int tolerance = 24)
    {
        var (w, h, rgb) = Decode(png);
        var near = 0;
        for (var i = 0; i < w * h; i++)
        {
            if (Math.Abs(rgb[i * 3] - colour.R) <= tolerance && Math.Abs(rgb[(i * 3) + 1] - colour.G) <= tolerance && Math.Abs(rgb[(i * 3) + 2] - colour.B) <= tolerance)
            {
                near++;
            }
        }

        return (double)near / (w * h);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
