using System.Security.Cryptography;

namespace DurhamCms.ContentManagement;

/// <summary>
/// Orchard's content ids: 26 characters from a 32-letter alphabet without i, l, o, u,
/// so ids survive being read aloud or copied by hand. 26 x 5 bits = 130 random bits.
/// </summary>
public static class IdGenerator
{
    public const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    public const int Length = 26;

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[bytes[i] & 31];
        }

        return new string(chars);
    }

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
