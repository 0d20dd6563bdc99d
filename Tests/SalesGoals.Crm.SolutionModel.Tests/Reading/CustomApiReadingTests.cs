using System;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Tests.Support;
using SalesGoals.Crm.SolutionModel.Validation;

namespace SalesGoals.Crm.SolutionModel.Tests.Reading;

/// <summary>customapis/&lt;UniqueName&gt;/customapi.xml with its request parameters and response properties.</summary>
[TestClass]
public sealed class CustomApiReadingTests
{
    private TestSolutionBuilder _solution = null!;

    [TestInitialize]
    public void Initialize() => _solution = new TestSolutionBuilder().WithTable("sg_Goal").WithPluginAssembly();

    [TestCleanup]
    public void Cleanup() => _solution.Dispose();

    [TestMethod]
    public void Load_CustomApiWithParameters_ReadsDefinitionAndResolvesPluginType()
    {
        WriteApi("sg_DoThing", $"<plugintypeid><plugintypeid>{TestSolutionBuilder.PluginTypeId}</plugintypeid></plugintypeid>");
        WriteField("sg_DoThing", "customapirequestparameters", "customapirequestparameter", "GoalId", 12, "<isoptional>1</isoptional>");
        WriteField("sg_DoThing", "customapiresponseproperties", "customapiresponseproperty", "Actual", 2, string.Empty);

        var api = _solution.Load().CustomApis.Single();

        Assert.AreEqual("sg_DoThing", api.UniqueName);
        Assert.AreEqual("Contoso.Plugins.GoalPlugin", api.PluginTypeName);
        Assert.AreEqual("做事", api.DisplayNames[2052]);
        var parameter = api.RequestParameters.Single();
        Assert.AreEqual(CustomApiFieldType.Guid, parameter.Type);
        Assert.IsTrue(parameter.IsOptional);
        Assert.AreEqual(CustomApiFieldType.Decimal, api.ResponseProperties.Single().Type);
    }

    [TestMethod]
    public void Load_PluginTypeByExportKey_IsResolvedToo()
    {
        WriteApi("sg_DoThing", $"<plugintypeid><plugintypeexportkey>{TestSolutionBuilder.PluginTypeId}</plugintypeexportkey></plugintypeid>");

        Assert.AreEqual("Contoso.Plugins.GoalPlugin", _solution.Load().CustomApis.Single().PluginTypeName);
    }

    [TestMethod]
    public void Load_BusinessEventWithoutPlugin_HasNoPluginType()
    {
        WriteApi("sg_GoalAchieved", "<plugintypeid />");

        Assert.IsNull(_solution.Load().CustomApis.Single().PluginTypeName);
    }

    [TestMethod]
    [DataRow("<plugintypeid><plugintypeid>99999999-9999-4999-8999-999999999999</plugintypeid></plugintypeid>", "", "which no PluginAssemblies", DisplayName = "unknown plug-in type")]
    [DataRow("<plugintypeid />", "<isoptional>0</isoptional>", "only request parameters may have", DisplayName = "isoptional on a response property")]
    public void Load_InvalidCustomApi_FailsNamingTheFile(string pluginType, string responseExtra, string expected)
    {
        WriteApi("sg_DoThing", pluginType);
        WriteField("sg_DoThing", "customapiresponseproperties", "customapiresponseproperty", "Actual", 2, responseExtra);

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => _solution.Load());

        StringAssert.Contains(error.Message, expected);
        StringAssert.Contains(error.Message, "customapis/sg_DoThing");
    }

    [TestMethod]
    public void Load_FieldTypeOutsideDataversesList_Fails()
    {
        WriteApi("sg_DoThing", "<plugintypeid />");
        WriteField("sg_DoThing", "customapirequestparameters", "customapirequestparameter", "When", 13, string.Empty);

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => _solution.Load());

        StringAssert.Contains(error.Message, "type 13 of When");
    }

    [TestMethod]
    public void Load_FolderNotNamedAfterUniqueName_Fails()
    {
        _solution.Write("customapis/sg_Other/customapi.xml", Api("sg_DoThing", "<plugintypeid />"));

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => _solution.Load());

        StringAssert.Contains(error.Message, "folder named after its unique name");
    }

    [TestMethod]
    [DataRow("new_DoThing", "", "publisher prefix sg_", DisplayName = "wrong prefix")]
    [DataRow("sg_DoThing", "<bindingtype>1</bindingtype><boundentitylogicalname>sg_nosuchtable</boundentitylogicalname>", "bound to table sg_nosuchtable", DisplayName = "bound to a missing table")]
    public void Validate_CustomApiProblems_AreReported(string uniqueName, string extra, string expected)
    {
        WriteApi(uniqueName, "<plugintypeid />" + extra);

        var problems = SolutionValidator.Validate(_solution.Load()).Select(p => p.ToString()).ToList();

        Assert.IsTrue(problems.Any(p => p.Contains(expected, StringComparison.Ordinal)), string.Join(" | ", problems));
    }

    private void WriteApi(string uniqueName, string inner) => _solution.Write($"customapis/{uniqueName}/customapi.xml", Api(uniqueName, inner));

    private static string Api(string uniqueName, string inner) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <customapi uniquename="{uniqueName}">
          <displayname default="Do thing"><label description="Do thing" languagecode="1033" /><label description="做事" languagecode="2052" /></displayname>
          <isfunction>0</isfunction>
          <name>{uniqueName}</name>
          {inner}
        </customapi>
        """;

    private void WriteField(string api, string folder, string element, string uniqueName, int type, string extra) =>
        _solution.Write($"customapis/{api}/{folder}/{uniqueName}/{element}.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <{element} uniquename="{uniqueName}">
              <name>{api}.{uniqueName}</name>
              <type>{type}</type>
              {extra}
            </{element}>
            """);
}
