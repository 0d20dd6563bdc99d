using System.Linq;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Concurrency;

[TestClass]
public sealed class OptimisticConcurrencyTests
{
    [TestMethod]
    public void Update_IfRowVersionMatchesWithStaleVersion_FailsVersionMismatch()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first", count: 1);
        var read = dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count"));
        dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 2 });

        var stale = new Entity("sg_sample", id) { ["sg_count"] = 3, RowVersion = read.RowVersion };
        var fault = AssertFault.Throws(ErrorCodes.ConcurrencyVersionMismatch,
            () => dv.Service.Execute(new UpdateRequest { Target = stale, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.AreEqual("The version of the existing record doesn't match the RowVersion property provided.", fault.Message);
        Assert.AreEqual(2, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Update_IfRowVersionMatchesWithCurrentVersion_Succeeds()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first", count: 1);
        var read = dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count"));

        dv.Service.Execute(new UpdateRequest
        {
            Target = new Entity("sg_sample", id) { ["sg_count"] = 5, RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.AreEqual(5, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Update_IfRowVersionMatchesWithoutVersion_FailsVersionNotProvided()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first");

        AssertFault.Throws(ErrorCodes.ConcurrencyVersionNotProvided, () => dv.Service.Execute(new UpdateRequest
        {
            Target = new Entity("sg_sample", id) { ["sg_count"] = 5 },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));
    }

    [TestMethod]
    public void Delete_IfRowVersionMatchesWithStaleVersion_FailsAndKeepsRow()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first");
        var read = dv.Service.Retrieve("sg_sample", id, new ColumnSet(false));
        dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 2 });

        AssertFault.Throws(ErrorCodes.ConcurrencyVersionMismatch, () => dv.Service.Execute(new DeleteRequest
        {
            Target = new EntityReference("sg_sample", id) { RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.AreEqual(id, dv.Service.Retrieve("sg_sample", id, new ColumnSet(false)).Id);
    }

    [TestMethod]
    public void Create_FromManyThreads_EveryRowStored()
    {
        var dv = TestDataverse.Create();

        Parallel.For(0, 200, i => dv.CreateSample($"row {i}", count: i));

        var rows = dv.Service.RetrieveMultiple(new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_count") }).Entities;
        CollectionAssert.AreEquivalent(Enumerable.Range(0, 200).ToList(), rows.Select(r => r.GetAttributeValue<int>("sg_count")).ToList());
    }
}
