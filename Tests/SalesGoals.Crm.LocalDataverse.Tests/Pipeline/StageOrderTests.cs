using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Tests.Support;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Tests.Pipeline;

[TestClass]
public sealed class StageOrderTests
{
    [TestMethod]
    public void Create_StepsInSeveralStagesAndRanks_RunInPipelineOrder()
    {
        var log = new List<string>();
        StepDefinition Step(int stage, int rank, string name) =>
            StepBuilder.On("Create", "sg_sample").Stage(stage).Rank(rank).Named(name).Does((c, _, _) => log.Add($"{name}@{c.Stage}"));
        var dv = TestDataverse.Create(Step(40, 1, "post"), Step(20, 2, "pre-b"), Step(10, 1, "validate"), Step(20, 1, "pre-a"));

        dv.CreateSample("first");

        CollectionAssert.AreEqual(new[] { "validate@10", "pre-a@20", "pre-b@20", "post@40" }, log);
    }

    [TestMethod]
    public void Create_PreOperationChangesTarget_ChangeIsStored()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(20)
            .Does((c, _, _) => ((Entity)c.InputParameters["Target"])["sg_count"] = 42));

        var id = dv.CreateSample("first", count: 1);

        Assert.AreEqual(42, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Create_PostOperation_SeesIdAndOutputParameters()
    {
        object? outputId = null;
        var targetId = System.Guid.Empty;
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(40).Does((c, _, _) =>
        {
            outputId = c.OutputParameters["id"];
            targetId = c.PrimaryEntityId;
        }));

        var id = dv.CreateSample("first");

        Assert.AreEqual(id, outputId);
        Assert.AreEqual(id, targetId);
    }

    [TestMethod]
    public void Update_FilteringAttributes_StepRunsOnlyWhenAFilteredColumnIsInTarget()
    {
        var runs = 0;
        var dv = TestDataverse.Create(StepBuilder.On("Update", "sg_sample").Stage(40).Filtering("sg_amount", "sg_count").Does((_, _, _) => runs++));
        var id = dv.CreateSample("first");

        dv.Service.Update(new Entity("sg_sample", id) { ["sg_name"] = "renamed" });
        dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 3 });

        Assert.AreEqual(1, runs);
    }

    [TestMethod]
    public void Update_ImagesWithDeclaredColumns_HoldValuesBeforeAndAfter()
    {
        Entity? pre = null;
        Entity? post = null;
        Entity? preInStage20 = null;
        var dv = TestDataverse.Create(
            StepBuilder.On("Update", "sg_sample").Stage(20).PreImage("pre", "sg_count").Does((c, _, _) => preInStage20 = c.PreEntityImages["pre"]),
            StepBuilder.On("Update", "sg_sample").Stage(40).PreImage("pre", "sg_count").PostImage("post", "sg_count", "sg_name")
                .Does((c, _, _) =>
                {
                    pre = c.PreEntityImages["pre"];
                    post = c.PostEntityImages["post"];
                }));
        var id = dv.CreateSample("first", amount: 5m, count: 1);

        dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 2 });

        Assert.AreEqual(1, pre!.GetAttributeValue<int>("sg_count"));
        Assert.IsFalse(pre.Contains("sg_amount"), "only the declared columns");
        Assert.AreEqual(2, post!.GetAttributeValue<int>("sg_count"));
        Assert.AreEqual("first", post.GetAttributeValue<string>("sg_name"));
        Assert.AreEqual(1, preInStage20!.GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Create_SharedVariables_PassFromPreToPostOperation()
    {
        object? seen = null;
        var dv = TestDataverse.Create(
            StepBuilder.On("Create", "sg_sample").Stage(10).Does((c, _, _) => c.SharedVariables["from10"] = "validated"),
            StepBuilder.On("Create", "sg_sample").Stage(40).Does((c, _, _) => seen = c.SharedVariables["from10"]));

        dv.CreateSample("first");

        Assert.AreEqual("validated", seen);
    }

    [TestMethod]
    public void Retrieve_PostOperationChangesBusinessEntity_CallerSeesChange()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Retrieve", "sg_sample").Stage(40)
            .Does((c, _, _) => ((Entity)c.OutputParameters["BusinessEntity"])["sg_name"] = "masked"));
        var id = dv.CreateSample("secret");

        var row = dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_name"));

        Assert.AreEqual("masked", row.GetAttributeValue<string>("sg_name"));
    }

    [TestMethod]
    public void Update_StateAndOtherColumnsTogether_RunsUpdateStepsTwice()
    {
        var targets = new List<string>();
        var dv = TestDataverse.Create(StepBuilder.On("Update", "sg_sample").Stage(20)
            .Does((c, _, _) => targets.Add(string.Join(",", ((Entity)c.InputParameters["Target"]).Attributes.Keys))));
        var id = dv.CreateSample("first");

        dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 5, ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        CollectionAssert.AreEqual(new[] { "sg_count", "statecode,statuscode" }, targets);
        var row = dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count", "statecode"));
        Assert.AreEqual(5, row.GetAttributeValue<int>("sg_count"));
        Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [TestMethod]
    public void Create_Tracing_CapturedPerExecution()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(40).Named("tracer")
            .Does((c, _, t) => t.Trace("created {0}", ((Entity)c.InputParameters["Target"]).GetAttributeValue<string>("sg_name"))));

        dv.CreateSample("one");
        dv.CreateSample("two");

        var traces = dv.Environment.Traces;
        Assert.HasCount(2, traces);
        Assert.AreEqual("created one", traces[0].Text);
        Assert.AreEqual("created two", traces[1].Text);
        Assert.AreEqual("tracer", traces[1].StepName);
    }

    [TestMethod]
    public void Create_MoreExecutionsThanRetention_KeepsNewestTraces()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(40).Named("tracer")
            .Does((c, _, t) => t.Trace("created {0}", ((Entity)c.InputParameters["Target"]).GetAttributeValue<string>("sg_name"))));
        dv.Environment.Options.TraceRetention = 2;

        dv.CreateSample("one");
        dv.CreateSample("two");
        dv.CreateSample("three");

        CollectionAssert.AreEqual(new[] { "created two", "created three" }, dv.Environment.Traces.Select(t => t.Text).ToArray());
    }
}
