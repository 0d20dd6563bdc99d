using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Messages;

[TestClass]
public sealed class BulkMessageTests
{
    private static EntityCollection Samples(params string[] names) =>
        new(names.Select(n => new Entity("sg_sample") { ["sg_name"] = n }).ToList()) { EntityName = "sg_sample" };

    private static List<Entity> All(TestDataverse dv) =>
        [.. dv.Service.RetrieveMultiple(new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_name", "sg_count") }).Entities];

    [TestMethod]
    public void CreateMultiple_ThreeRecords_CreatesThemAndReturnsIdsInOrder()
    {
        var dv = TestDataverse.Create();

        var response = (CreateMultipleResponse)dv.Service.Execute(new CreateMultipleRequest { Targets = Samples("a", "b", "c") });

        Assert.HasCount(3, response.Ids);
        var names = response.Ids.Select(id => dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_name")).GetAttributeValue<string>("sg_name"));
        CollectionAssert.AreEqual(new[] { "a", "b", "c" }, names.ToList());
    }

    [TestMethod]
    public void CreateMultiple_CreateStepsRegistered_RunOncePerRecordAndBulkStepSeesTargets()
    {
        var perRecord = new List<string>();
        var bulkCounts = new List<int>();
        var dv = TestDataverse.Create(
            StepBuilder.On("Create", "sg_sample").Stage(20).Does((c, _, _) =>
            {
                var target = (Entity)c.InputParameters["Target"];
                perRecord.Add(target.GetAttributeValue<string>("sg_name"));
                target["sg_count"] = 7;
            }),
            StepBuilder.On("CreateMultiple", "sg_sample").Stage(40).Does((c, _, _) => bulkCounts.Add(((EntityCollection)c.InputParameters["Targets"]).Entities.Count)));

        dv.Service.Execute(new CreateMultipleRequest { Targets = Samples("a", "b") });

        CollectionAssert.AreEqual(new[] { "a", "b" }, perRecord);
        CollectionAssert.AreEqual(new[] { 2 }, bulkCounts);
        Assert.IsTrue(All(dv).All(r => r.GetAttributeValue<int>("sg_count") == 7), "a Create step's change to its Target is stored for each record");
    }

    [TestMethod]
    public void CreateMultiple_OneRecordInvalid_NothingIsCreated()
    {
        var dv = TestDataverse.Create();
        var targets = Samples("a", "b");
        targets.Entities.Add(new Entity("sg_sample") { ["sg_missing"] = 1 });

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => dv.Service.Execute(new CreateMultipleRequest { Targets = targets }));

        Assert.AreEqual(ErrorCodes.QueryBuilderNoAttribute, fault.Detail.ErrorCode);
        Assert.IsEmpty(All(dv));
    }

    [TestMethod]
    public void CreateMultiple_TargetsOfTwoTables_FailsInvalidArgument()
    {
        var dv = TestDataverse.Create();
        var targets = Samples("a");
        targets.Entities.Add(new Entity("opportunity") { ["name"] = "x" });

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => dv.Service.Execute(new CreateMultipleRequest { Targets = targets }));

        Assert.AreEqual(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
        Assert.IsEmpty(All(dv));
    }

    [TestMethod]
    public void UpdateMultiple_TwoRecords_UpdatesBothAndRunsUpdateStepsPerRecord()
    {
        var updated = new List<System.Guid>();
        var dv = TestDataverse.Create(StepBuilder.On("Update", "sg_sample").Stage(40).Filtering("sg_count").Does((c, _, _) => updated.Add(c.PrimaryEntityId)));
        var a = dv.CreateSample("a");
        var b = dv.CreateSample("b");
        var targets = new EntityCollection([new Entity("sg_sample", a) { ["sg_count"] = 1 }, new Entity("sg_sample", b) { ["sg_count"] = 2 }]) { EntityName = "sg_sample" };

        dv.Service.Execute(new UpdateMultipleRequest { Targets = targets });

        CollectionAssert.AreEqual(new[] { a, b }, updated);
        Assert.AreEqual(3, All(dv).Sum(r => r.GetAttributeValue<int>("sg_count")));
    }

    [TestMethod]
    public void UpdateMultiple_OneRecordMissing_NoRecordChanges()
    {
        var dv = TestDataverse.Create();
        var a = dv.CreateSample("a", count: 1);
        var targets = new EntityCollection([new Entity("sg_sample", a) { ["sg_count"] = 5 }, new Entity("sg_sample", System.Guid.NewGuid()) { ["sg_count"] = 6 }]) { EntityName = "sg_sample" };

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => dv.Service.Execute(new UpdateMultipleRequest { Targets = targets }));

        Assert.AreEqual(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
        Assert.AreEqual(1, All(dv).Single().GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void CreateMultiple_IsOneRequest_ItsRecordsAreNotCountedAsRequests()
    {
        var dv = TestDataverse.Create();
        var before = dv.Environment.RequestCount;

        dv.Service.Execute(new CreateMultipleRequest { Targets = Samples("a", "b", "c", "d") });

        Assert.AreEqual(1, dv.Environment.RequestCount - before);
    }
}
