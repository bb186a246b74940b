using System.Buffers.Binary;

namespace Observatoire.Probes.BrowserTests;

/// <summary>The size of a JPEG, read from its frame header: what a test needs to know what a screenshot covers.</summary>
internal static class Jpeg
{
    public static (int Width, int Height) Size(byte[] jpeg)
    {
        Assert.That(jpeg[0] == 0xFF && jpeg[1] == 0xD8, Is.True, "a JPEG starts with its SOI marker");
        for (var at = 2; at + 9 < jpeg.Length;)
        {
            var marker = jpeg[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (marker is >= 0xC0 and <= 0xC3)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 5)));
            }

            at += 2 + length;
        }

        throw new AssertionException("no frame header in the JPEG");
    }
}
