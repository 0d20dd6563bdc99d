using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Cli.Verify.Crm;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Adapter;

namespace SalesGoals.Crm.Cli.Tests.Verify.Crm;

[TestClass]
public sealed class CrmSchemaComparerTests
{
    private static readonly CrmMapping Zoho = ZohoDefaultMapping.Create();

    [TestMethod]
    public void Compare_EveryMappedFieldPresentWithFittingType_NoGaps()
    {
        var objects = Zoho.Objects.ToDictionary(o => o.ExternalObject, o => (RemoteObject?)Complete(o));

        var gaps = CrmSchemaComparer.Compare(Zoho, objects);

        Assert.AreEqual(0, gaps.Count, string.Join("\n", gaps));
    }

    [TestMethod]
    public void Compare_ModuleMissing_ObjectThenEachOfItsFields()
    {
        var objects = new Dictionary<string, RemoteObject?> { ["Deals"] = Complete(Zoho.Objects[0]), ["Sales_Targets"] = null };

        var gaps = CrmSchemaComparer.Compare(Zoho, objects);

        Assert.AreEqual(CrmGapKind.CreateObject, gaps[0].Kind);
        Assert.AreEqual("Sales_Targets", gaps[0].Object);
        CollectionAssert.AreEqual(
            ZohoDefaultMapping.Targets.Fields.Select(f => f.ExternalField).ToList(),
            gaps.Skip(1).Select(g => g.Field).ToList());
        Assert.IsTrue(gaps.Single(g => g.Field == "Goal_Id").Unique, "the goal-id key must be created unique");
    }

    [TestMethod]
    [DataRow("Target_Value", "text", CrmGapKind.ChangeType, "currency")]
    [DataRow("Period_Start", "datetime", CrmGapKind.ChangeType, "date")]
    [DataRow("Owner", "lookup", CrmGapKind.ChangeType, "ownerlookup")]
    public void Compare_FieldOfWrongType_ChangeTypeWithWantedAndCurrent(string field, string actual, CrmGapKind kind, string wanted)
    {
        var objects = Zoho.Objects.ToDictionary(o => o.ExternalObject, o => (RemoteObject?)Complete(o));
        var targets = (Dictionary<string, RemoteField>)objects["Sales_Targets"]!.Fields;
        targets[field] = new RemoteField(field, actual, false);

        var gap = CrmSchemaComparer.Compare(Zoho, objects).Single();

        Assert.AreEqual((kind, field, wanted, actual), (gap.Kind, gap.Field, gap.Type, gap.CurrentType));
    }

    [TestMethod]
    public void Compare_GoalKeyNotUnique_MakeUnique()
    {
        var objects = Zoho.Objects.ToDictionary(o => o.ExternalObject, o => (RemoteObject?)Complete(o));
        ((Dictionary<string, RemoteField>)objects["Sales_Targets"]!.Fields)["Goal_Id"] = new RemoteField("Goal_Id", "text", false);

        var gap = CrmSchemaComparer.Compare(Zoho, objects).Single();

        Assert.AreEqual((CrmGapKind.MakeUnique, "Goal_Id"), (gap.Kind, gap.Field));
    }

    /// <summary>Each mapped field with the type verify would suggest (and the goal key unique).</summary>
    private static RemoteObject Complete(ObjectMap map)
    {
        var entity = Integration.Mapping.Catalog.CanonicalFieldCatalog.Entity(map.CanonicalEntity)!;
        return new RemoteObject(map.ExternalObject, map.Fields.DistinctBy(f => f.ExternalField).ToDictionary(
            f => f.ExternalField,
            f => new RemoteField(f.ExternalField, VendorTypes.Suggested(ExternalSystem.Zoho, entity.Field(f.CanonicalField)!.Type, f), f.CanonicalField == CanonicalGoalField.GoalId)));
    }
}
