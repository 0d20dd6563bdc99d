using System;
using System.Globalization;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// Where a sliced apply goes on: the phase (writing goals parents first, or activating them leaves first), the next
/// position, the counts so far, and a fingerprint of the Plan text, so a continuation is only taken with the very plan it
/// was given for. Text: <c>v1|fingerprint|W or A|next|created|updated|unchanged|activated</c>.
/// </summary>
internal sealed class GoalPlanContinuation
{
    public const char Writing = 'W';
    public const char Activating = 'A';

    public GoalPlanContinuation(string fingerprint, char phase, int next)
    {
        Fingerprint = fingerprint;
        Phase = phase;
        Next = next;
    }

    public string Fingerprint { get; }

    public char Phase { get; }

    /// <summary>Writing: the index of the next goal in plan order; activating: the position in reverse plan order.</summary>
    public int Next { get; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Activated { get; set; }

    /// <summary>FNV-1a (64-bit) of the text and its length: enough to tell one plan's continuation from another's (it is
    /// no secret: the plan is checked again by every slice it drives).</summary>
    public static string FingerprintOf(string planText)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in planText)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture) + planText.Length.ToString("x", CultureInfo.InvariantCulture);
    }

    public GoalPlanContinuation Then(char phase, int next) => new(Fingerprint, phase, next)
    {
        Created = Created,
        Updated = Updated,
        Unchanged = Unchanged,
        Activated = Activated,
    };

    public override string ToString() => string.Join(
        "|", "v1", Fingerprint, Phase.ToString(), Number(Next), Number(Created), Number(Updated), Number(Unchanged), Number(Activated));

    /// <summary>The continuation, or null when the text is not one this plan's apply returned.</summary>
    public static GoalPlanContinuation? Parse(string text, string fingerprint, int goals)
    {
        var parts = text.Split('|');
        if (parts.Length != 8 || parts[0] != "v1" || parts[1] != fingerprint || parts[2].Length != 1
            || (parts[2][0] != Writing && parts[2][0] != Activating))
        {
            return null;
        }

        var numbers = new int[5];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!int.TryParse(parts[i + 3], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers[0] > goals ? null : new GoalPlanContinuation(fingerprint, parts[2][0], numbers[0])
        {
            Created = numbers[1],
            Updated = numbers[2],
            Unchanged = numbers[3],
            Activated = numbers[4],
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
