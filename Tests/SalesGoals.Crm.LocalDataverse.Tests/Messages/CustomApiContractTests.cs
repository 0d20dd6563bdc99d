using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Tests.Messages;

/// <summary>Custom APIs declared in a solution's customapis/ are registered from it and held to their definition.</summary>
[TestClass]
public sealed class CustomApiContractTests
{
    private static readonly Dictionary<int, string> NoLabels = [];

    [TestMethod]
    public void Execute_DeclaredCustomApi_RunsItsPluginWithoutManualRegistration()
    {
        var service = Build(Api(typeof(DoubleItApiPlugin).FullName));

        var response = service.Execute(new OrganizationRequest("sg_DoubleIt") { ["Value"] = 21 });

        Assert.AreEqual(42, response["Result"]);
    }

    [TestMethod]
    [DataRow(null, "required parameter 'Value' is missing", DisplayName = "missing required parameter")]
    [DataRow("21", "expects Integer", DisplayName = "wrong type")]
    public void Execute_InputNotMatchingTheDefinition_IsRefusedBeforeThePluginRuns(object? value, string expected)
    {
        var service = Build(Api(typeof(DoubleItApiPlugin).FullName));
        var request = new OrganizationRequest("sg_DoubleIt");
        if (value is not null)
        {
            request["Value"] = value;
        }

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => service.Execute(request));

        StringAssert.Contains(fault.Message, expected);
    }

    [TestMethod]
    public void Execute_UnknownParameter_IsRefused()
    {
        var service = Build(Api(typeof(DoubleItApiPlugin).FullName));

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => service.Execute(new OrganizationRequest("sg_DoubleIt") { ["Value"] = 1, ["Valeu"] = 2 }));

        StringAssert.Contains(fault.Message, "'Valeu' is not a parameter");
    }

    [TestMethod]
    public void Execute_PluginSetsAnUndeclaredOutput_Fails()
    {
        var service = Build(Api(typeof(DoubleItApiPlugin).FullName));

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => service.Execute(new OrganizationRequest("sg_DoubleIt") { ["Value"] = 1, ["Mode"] = "stray" }));

        StringAssert.Contains(fault.Message, "Undeclared");
    }

    [TestMethod]
    public void Build_CustomApiNamingATypeNoAssemblyHas_FailsToStart()
    {
        var build = () => Build(Api("Contoso.Missing.Plugin"));

        var error = Assert.ThrowsExactly<LocalDataverseConfigurationException>(build);
        StringAssert.Contains(error.Message, "sg_DoubleIt");
    }

    private static IOrganizationService Build(CustomApiDefinition api)
    {
        var solution = new SolutionDefinition("Test", "1.0.0.0", new PublisherDefinition("test", "sg", 10000), [], [], [], [], []) { CustomApis = [api] };
        var env = new LocalDataverseBuilder().WithSolution(solution).WithPluginAssembly(typeof(DoubleItApiPlugin).Assembly).Build();
        return env.GetOrganizationService(env.Seed.User("Caller"));
    }

    private static CustomApiDefinition Api(string? pluginType) => new(
        "sg_DoubleIt", "sg_DoubleIt", 0, null, false, false, 0, null, Guid.NewGuid(), NoLabels,
        [
            new("Value", "sg_DoubleIt.Value", CustomApiFieldType.Integer, false, null, NoLabels, "customapis/sg_DoubleIt/Value"),
            new("Mode", "sg_DoubleIt.Mode", CustomApiFieldType.String, true, null, NoLabels, "customapis/sg_DoubleIt/Mode"),
        ],
        [new("Result", "sg_DoubleIt.Result", CustomApiFieldType.Integer, false, null, NoLabels, "customapis/sg_DoubleIt/Result")],
        "customapis/sg_DoubleIt/customapi.xml")
    { PluginTypeName = pluginType };
}
