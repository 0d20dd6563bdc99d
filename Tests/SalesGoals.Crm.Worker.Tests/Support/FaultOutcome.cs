using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>
/// What a fault run left behind, in the figures the reliability report uses: deals expected (inputs), deals lost
/// (no sg_externalactual row, or a row that disagrees with the source), deals counted twice (a second row), and goals
/// whose actual differs from a full recalculation (sg_RecalculateGoal).
/// </summary>
internal sealed record FaultOutcome(int Inputs, IReadOnlyList<string> Lost, IReadOnlyList<string> Doubled, IReadOnlyList<string> GoalsOff)
{
    public void AssertNothingLostNothingTwice()
    {
        Assert.IsEmpty(Lost, "deals lost or wrong: " + string.Join("; ", Lost));
        Assert.IsEmpty(Doubled, "deals counted twice: " + string.Join("; ", Doubled));
        Assert.IsEmpty(GoalsOff, "goal actuals that differ from a full recalculation: " + string.Join("; ", GoalsOff));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"inputs {Inputs}, lost {Lost.Count}, counted twice {Doubled.Count}, goals off recalculation {GoalsOff.Count}");
}
