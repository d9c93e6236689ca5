using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DurhamCms.StrategicPlan.Models;

/// <summary>
/// An initiative's number, "x.yz": priority x, objective x.y, then the initiative's own
/// sequence z (one or more digits: "3.11" is initiative 1 of objective 3.1; "3.112" is 12).
/// </summary>
public sealed partial record InitiativeNumber(int Priority, int Objective, int Sequence)
{
    public const string Format = "x.yz, e.g. 3.11: the priority (1-9), a dot, the objective (one digit), then the initiative's number";

    /// <summary>"3.1": the objective this initiative belongs to.</summary>
    public string ObjectiveNumber => $"{Priority}.{Objective}";

    /// <summary>Sorts numerically: 3.12 before 3.110.</summary>
    public long SortKey => (Priority * 10L + Objective) * 100_000L + Sequence;

    public override string ToString() => $"{Priority}.{Objective}{Sequence}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out InitiativeNumber? number)
    {
        number = null;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true } || match.Groups[3].Value.Length > 5)
        {
            return false;
        }

        number = new InitiativeNumber(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        return true;
    }

    [GeneratedRegex(@"^([1-9])\.([0-9])([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
