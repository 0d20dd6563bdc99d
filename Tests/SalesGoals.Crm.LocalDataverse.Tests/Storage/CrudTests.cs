using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Storage;

[TestClass]
public sealed class CrudTests
{
    [TestMethod]
    public void Create_NewRow_FillsSystemColumns()
    {
        var dv = TestDataverse.Create();

        var id = dv.CreateSample("first");

        var row = dv.Service.Retrieve("sg_sample", id, new ColumnSet(true));
        Assert.AreEqual(id, row.GetAttributeValue<Guid>("sg_sampleid"));
        Assert.AreEqual(TestDataverse.Start.UtcDateTime, row.GetAttributeValue<DateTime>("createdon"));
        Assert.AreEqual(TestDataverse.Start.UtcDateTime, row.GetAttributeValue<DateTime>("modifiedon"));
        Assert.AreEqual(dv.UserId, row.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.AreEqual(dv.UserId, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual("systemuser", row.GetAttributeValue<EntityReference>("ownerid").LogicalName);
        Assert.AreEqual(dv.Environment.RootBusinessUnitId, row.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        Assert.AreEqual(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.IsFalse(string.IsNullOrEmpty(row.RowVersion));
        Assert.AreEqual(row.RowVersion, row.GetAttributeValue<long>("versionnumber").ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void Create_MoneyWithCurrencyRate_ComputesBaseValue()
    {
        var dv = TestDataverse.Create();
        var cny = dv.Environment.Seed.Currency("CNY", 7.2m);
        var id = dv.Service.Create(new Entity("sg_sample")
        {
            ["sg_name"] = "yuan",
            ["sg_amount"] = new Money(720m),
            ["transactioncurrencyid"] = new EntityReference("transactioncurrency", cny),
        });

        var row = dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_amount_base", "exchangerate", "transactioncurrencyid"));

        Assert.AreEqual(100m, row.GetAttributeValue<Money>("sg_amount_base").Value);
        Assert.AreEqual(7.2m, row.GetAttributeValue<decimal>("exchangerate"));
        Assert.AreEqual("CNY", row.GetAttributeValue<EntityReference>("transactioncurrencyid").Name);
    }

    [TestMethod]
    public void Create_WithoutCurrency_UsesBaseCurrency()
    {
        var dv = TestDataverse.Create();

        var id = dv.CreateSample("dollars", amount: 50m);

        var row = dv.Service.Retrieve("sg_sample", id, new ColumnSet("transactioncurrencyid", "sg_amount_base"));
        Assert.AreEqual(dv.Usd, row.GetAttributeValue<EntityReference>("transactioncurrencyid").Id);
        Assert.AreEqual(50m, row.GetAttributeValue<Money>("sg_amount_base").Value);
    }

    [TestMethod]
    public void Retrieve_CallerChangesReturnedEntity_StoreUnchanged()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("original", amount: 10m);

        var first = dv.Service.Retrieve("sg_sample", id, new ColumnSet(true));
        first["sg_name"] = "changed";
        first.GetAttributeValue<Money>("sg_amount").Value = 999m;

        var second = dv.Service.Retrieve("sg_sample", id, new ColumnSet(true));
        Assert.AreEqual("original", second.GetAttributeValue<string>("sg_name"));
        Assert.AreEqual(10m, second.GetAttributeValue<Money>("sg_amount").Value);
    }

    [TestMethod]
    public void Create_CallerChangesEntityAfterwards_StoreUnchanged()
    {
        var dv = TestDataverse.Create();
        var entity = new Entity("sg_sample") { ["sg_name"] = "original" };
        var id = dv.Service.Create(entity);

        entity["sg_name"] = "changed";

        Assert.AreEqual("original", dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_name")).GetAttributeValue<string>("sg_name"));
    }

    [TestMethod]
    public void Retrieve_ColumnSet_ReturnsOnlyAskedColumnsAndTheId()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first", amount: 10m, count: 3);

        var row = dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count"));

        CollectionAssert.AreEquivalent(new[] { "sg_count", "sg_sampleid" }, row.Attributes.Keys.ToList());
    }

    [TestMethod]
    public void Update_ChangesColumnsStampsAndVersion()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first", count: 1);
        var before = dv.Service.Retrieve("sg_sample", id, new ColumnSet(true));
        dv.Clock.Advance(TimeSpan.FromMinutes(5));

        dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 2, ["sg_name"] = null });

        var after = dv.Service.Retrieve("sg_sample", id, new ColumnSet(true));
        Assert.AreEqual(2, after.GetAttributeValue<int>("sg_count"));
        Assert.IsFalse(after.Contains("sg_name"), "null clears the column");
        Assert.AreEqual(TestDataverse.Start.UtcDateTime.AddMinutes(5), after.GetAttributeValue<DateTime>("modifiedon"));
        Assert.AreEqual(before.GetAttributeValue<DateTime>("createdon"), after.GetAttributeValue<DateTime>("createdon"));
        Assert.AreNotEqual(before.RowVersion, after.RowVersion);
    }

    [TestMethod]
    public void Delete_RemovesRow_RetrieveThenFailsNotFound()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first");

        dv.Service.Delete("sg_sample", id);

        var fault = AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () => dv.Service.Retrieve("sg_sample", id, new ColumnSet(true)));
        Assert.AreEqual($"sg_sample With Id = {id} Does Not Exist", fault.Message);
    }

    [TestMethod]
    public void Update_MissingRow_FailsNotFound()
    {
        var dv = TestDataverse.Create();

        AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () => dv.Service.Update(new Entity("sg_sample", Guid.NewGuid()) { ["sg_count"] = 1 }));
    }

    [TestMethod]
    public void Create_ExistingId_FailsDuplicateKey()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first");

        var fault = AssertFault.Throws(ErrorCodes.DuplicateRecord, () => dv.Service.Create(new Entity("sg_sample", id) { ["sg_name"] = "again" }));
        Assert.AreEqual("Cannot insert duplicate key.", fault.Message);
    }

    [TestMethod]
    public void Create_AlternateKeyTaken_FailsDuplicateRecordEntityKey()
    {
        var dv = TestDataverse.Create();
        dv.CreateSample("first", code: "A-1");

        var fault = AssertFault.Throws(ErrorCodes.DuplicateRecordEntityKey, () => dv.CreateSample("second", code: "a-1"));
        StringAssert.Contains(fault.Message, "sg_code_key");
    }

    [TestMethod]
    public void Upsert_ByAlternateKey_CreatesThenUpdates()
    {
        var dv = TestDataverse.Create();
        var target = new Entity("sg_sample", "sg_code", "K-9") { ["sg_name"] = "by key", ["sg_count"] = 1 };

        var created = (UpsertResponse)dv.Service.Execute(new UpsertRequest { Target = target });
        var again = new Entity("sg_sample", "sg_code", "K-9") { ["sg_count"] = 2 };
        var updated = (UpsertResponse)dv.Service.Execute(new UpsertRequest { Target = again });

        Assert.IsTrue(created.RecordCreated);
        Assert.IsFalse(updated.RecordCreated);
        Assert.AreEqual(created.Target.Id, updated.Target.Id);
        var row = dv.Service.Retrieve("sg_sample", created.Target.Id, new ColumnSet(true));
        Assert.AreEqual("K-9", row.GetAttributeValue<string>("sg_code"));
        Assert.AreEqual(2, row.GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Retrieve_ByAlternateKey_FindsRow()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first", code: "X-2");

        var response = (RetrieveResponse)dv.Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("sg_sample", "sg_code", "X-2"),
            ColumnSet = new ColumnSet("sg_name"),
        });

        Assert.AreEqual(id, response.Entity.Id);
    }

    [TestMethod]
    public void Update_StatusOfOtherState_FailsInvalidStateCodeStatusCode()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first");

        AssertFault.Throws(ErrorCodes.InvalidStateCodeStatusCode, () => dv.Service.Update(new Entity("sg_sample", id)
        {
            ["statecode"] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(2),
        }));
    }

    [TestMethod]
    public void Update_StateOnly_SetsDefaultStatusOfThatState()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first");

        dv.Service.Update(new Entity("sg_sample", id) { ["statecode"] = new OptionSetValue(1) });

        Assert.AreEqual(2, dv.Service.Retrieve("sg_sample", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Assign_ToTeam_ChangesOwnerColumns()
    {
        var dv = TestDataverse.Create();
        var team = dv.Environment.Seed.Team("Sales East", null, dv.UserId);
        var id = dv.CreateSample("first");

        dv.Service.Execute(new Microsoft.Crm.Sdk.Messages.AssignRequest { Target = new EntityReference("sg_sample", id), Assignee = new EntityReference("team", team) });

        var row = dv.Service.Retrieve("sg_sample", id, new ColumnSet(true));
        Assert.AreEqual(team, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual(team, row.GetAttributeValue<EntityReference>("owningteam").Id);
        Assert.IsFalse(row.Contains("owninguser"));
    }
}
