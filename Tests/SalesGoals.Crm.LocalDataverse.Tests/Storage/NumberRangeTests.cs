using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Storage;

/// <summary>
/// Whole numbers, decimals and money outside the column's MinValue..MaxValue (Entity.xml), or the
/// platform's limits where the column sets none, are refused on create and update as Dataverse refuses them.
/// </summary>
[TestClass]
public sealed class NumberRangeTests
{
    [TestMethod]
    [DataRow(-1)]
    [DataRow(1_000_001)]
    public void Create_WholeNumberOutsideTheColumnsRange_FaultNamesAttributeAndRange(int count)
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.ValueOutOfRange, () => dv.CreateSample("out of range", count: count));

        StringAssert.Contains(fault.Message, $"The value {count} of 'sg_count' on record of type 'sg_sample' is outside the valid range. Accepted Range: 0 to 1000000");
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(1_000_000)]
    public void Create_WholeNumberAtTheColumnsBounds_IsKept(int count)
    {
        var dv = TestDataverse.Create();

        var id = dv.CreateSample("edge", count: count);

        Assert.AreEqual(count, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Update_WholeNumberOutsideTheColumnsRange_FaultsAndKeepsTheOldValue()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("kept", count: 7);

        AssertFault.Throws(ErrorCodes.ValueOutOfRange, () => dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 2_000_000 }));

        Assert.AreEqual(7, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Create_MoneyBeyondThePlatformLimit_Faults()
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.ValueOutOfRange, () => dv.CreateSample("too rich", amount: 1_000_000_000_000_000m));

        StringAssert.Contains(fault.Message, "'sg_amount' on record of type 'sg_sample' is outside the valid range. Accepted Range: -922337203685477 to 922337203685477");
    }

    [TestMethod]
    public void Create_DecimalBeyondThePlatformLimit_Faults()
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.ValueOutOfRange, () =>
            dv.Service.Create(new Entity("sg_sample") { ["sg_name"] = "rate", ["sg_rate"] = 100_000_000_001m }));

        StringAssert.Contains(fault.Message, "'sg_rate' on record of type 'sg_sample' is outside the valid range. Accepted Range: -100000000000 to 100000000000");
    }
}
