using System;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.GoalEngine.Tests.Goals;

/// <summary>A dimension the engine does not know is refused with a reason, when read and when set.</summary>
[TestClass]
public class GoalDimensionsErrorTests
{
    [TestMethod]
    public void ValueOfAndWith_UnknownKind_RefusedNamingIt()
    {
        var read = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => GoalDimensions.None.ValueOf((DimensionKind)99));
        var write = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => GoalDimensions.None.With((DimensionKind)99, "x"));

        StringAssert.StartsWith(read.Message, "Unknown dimension.");
        StringAssert.StartsWith(write.Message, "Unknown dimension.");
    }
}
