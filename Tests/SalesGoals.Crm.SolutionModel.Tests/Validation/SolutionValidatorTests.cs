using System;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Validation;

/// <summary>Consistency problems that load fine but would break at run time; all reported at once.</summary>
[TestClass]
public sealed class SolutionValidatorTests
{
    private static readonly Guid StepId = Guid.Parse("0f0f0f0f-0000-4000-8000-000000000001");
    private TestSolutionBuilder _solution = null!;

    [TestInitialize]
    public void Initialize() =>
        _solution = new TestSolutionBuilder()
            .WithTable("sg_Goal",
                TestSolutionBuilder.Attribute("sg_targetvalue", "decimal", "<Accuracy>2</Accuracy>"),
                TestSolutionBuilder.Attribute("sg_metricid", "lookup"))
            .WithTable("sg_Metric")
            .WithRelationship("sg_goal", "sg_metricid", "sg_metric")
            .WithPluginAssembly();

    [TestCleanup]
    public void Cleanup() => _solution.Dispose();

    private string[] Problems() => SolutionValidator.Validate(_solution.Load()).Select(p => p.ToString()).ToArray();

    [TestMethod]
    public void Validate_ConsistentStep_HasNoProblems()
    {
        _solution.WithStep(StepId, filtering: "sg_targetvalue,sg_metricid", images: TestSolutionBuilder.Image("PreImage", 0, "sg_targetvalue"));

        Assert.IsEmpty(Problems());
    }

    [TestMethod]
    public void Validate_StepFilteringOnColumnThatDoesNotExist_Fails()
    {
        _solution.WithStep(StepId, filtering: "sg_targetvalue,sg_targetvalu");

        var problem = Problems().Single();

        StringAssert.Contains(problem, "filtering attribute sg_targetvalu does not exist on sg_goal");
        StringAssert.Contains(problem, "SdkMessageProcessingSteps/{0f0f0f0f-0000-4000-8000-000000000001}.xml");
    }

    [TestMethod]
    public void Validate_StepForPluginTypeNotDeclared_Fails()
    {
        _solution.WithStep(StepId, pluginType: "Contoso.Plugins.MissingPlugin");

        var problem = Problems().Single();

        StringAssert.Contains(problem, "plug-in type Contoso.Plugins.MissingPlugin is not declared");
    }

    [TestMethod]
    public void Validate_StepWhoseTypeIdDiffersFromTheAssembly_Fails()
    {
        _solution.WithStep(StepId, pluginTypeId: Guid.Parse("22222222-2222-4222-8222-222222222222"));

        StringAssert.Contains(Problems().Single(), "PluginTypeId 22222222-2222-4222-8222-222222222222 does not match");
    }

    [TestMethod]
    public void Validate_StepImageNamingColumnThatDoesNotExist_Fails()
    {
        _solution.WithStep(StepId, images: TestSolutionBuilder.Image("PreImage", 0, "sg_targetvalue,sg_nothere"));

        StringAssert.Contains(Problems().Single(), "image PreImage names attribute sg_nothere, which does not exist on sg_goal");
    }

    [TestMethod]
    public void Validate_StepOnUnknownTable_Fails()
    {
        _solution.WithStep(StepId, entity: "sg_nosuchtable");

        StringAssert.Contains(Problems().Single(), "primary entity sg_nosuchtable is not a standard or solution table");
    }

    [TestMethod]
    public void Validate_StepOnStandardTableColumn_IsAccepted()
    {
        _solution.WithStep(StepId, entity: "opportunity", stage: 40, filtering: "statecode,estimatedvalue,ownerid",
            images: TestSolutionBuilder.Image("PostImage", 1, "estimatedvalue,actualclosedate"));

        Assert.IsEmpty(Problems());
    }

    [TestMethod]
    [DataRow("Create", 20, 0, 0, "a pre-image, which Create does not have")]
    [DataRow("Delete", 40, 0, 1, "a post-image, which Delete does not have")]
    [DataRow("Update", 20, 0, 1, "a post-image, which only stage 40 has")]
    [DataRow("Update", 20, 1, -1, "an asynchronous step must run in stage 40")]
    public void Validate_ImageOrModeThePlatformDoesNotOffer_Fails(string message, int stage, int mode, int imageType, string expected)
    {
        var images = imageType < 0 ? string.Empty : TestSolutionBuilder.Image("Image", imageType, "sg_targetvalue");
        _solution.WithStep(StepId, message: message, stage: stage, mode: mode, images: images);

        StringAssert.Contains(Problems().Single(), expected);
    }

    [TestMethod]
    public void Validate_UnknownMessageWithoutPublisherPrefix_Fails()
    {
        _solution.WithStep(StepId, message: "Recalculate", messageId: Guid.NewGuid().ToString());

        StringAssert.Contains(Problems().Single(), "message Recalculate is neither a known platform message nor a custom API with prefix sg_");
    }

    [TestMethod]
    public void Validate_CustomApiMessageWithPublisherPrefix_IsAccepted()
    {
        _solution.WithStep(StepId, message: "sg_RecalculateGoal", messageId: SdkMessages.CustomApi("sg_RecalculateGoal").Id.ToString(), entity: null);

        Assert.IsEmpty(Problems());
    }

    [TestMethod]
    public void Validate_AlternateKeyOnMissingColumn_Fails()
    {
        _solution.Write("Entities/sg_Key/Entity.xml", """
            <Entity><Name>sg_Key</Name><EntityInfo><entity Name="sg_Key">
              <attributes><attribute PhysicalName="sg_KeyId"><Type>primarykey</Type><LogicalName>sg_keyid</LogicalName></attribute></attributes>
              <EntityKeys><EntityKey><Name>sg_key_code</Name><LogicalName>sg_key_code</LogicalName>
                <EntityKeyAttributes><AttributeName>sg_code</AttributeName></EntityKeyAttributes></EntityKey></EntityKeys>
              <EntitySetName>sg_keys</EntitySetName><OwnershipTypeMask>OrgOwned</OwnershipTypeMask>
            </entity></EntityInfo></Entity>
            """);

        StringAssert.Contains(Problems().Single(), "alternate key sg_key_code names column sg_code, which does not exist");
    }

    [TestMethod]
    public void Validate_LookupToMissingTable_Fails()
    {
        _solution.WithTable("sg_Alert", TestSolutionBuilder.Attribute("sg_goalid", "lookup"))
            .WithRelationship("sg_alert", "sg_goalid", "sg_goalz");

        StringAssert.Contains(Problems().Single(), "lookup sg_goalid targets table sg_goalz, which does not exist");
    }

    [TestMethod]
    public void Validate_LookupWithoutRelationship_Fails()
    {
        _solution.WithTable("sg_Alert", TestSolutionBuilder.Attribute("sg_goalid", "lookup"));

        StringAssert.Contains(Problems().Single(), "lookup sg_goalid has no target table");
    }

    [TestMethod]
    public void Validate_RolePrivilegeOnMissingTable_Fails()
    {
        _solution.Write("Roles/Reader.xml", """
            <Role id="{6a1f0e9c-0000-4000-8000-000000000001}" name="Reader">
              <RolePrivileges>
                <RolePrivilege name="prvReadsg_goal" level="Global" />
                <RolePrivilege name="prvAppendTosg_goals" level="Global" />
                <RolePrivilege name="prvReadAccount" level="Global" />
              </RolePrivileges>
            </Role>
            """);

        StringAssert.Contains(Problems().Single(), "privilege prvAppendTosg_goals names table sg_goals, which does not exist");
    }

    [TestMethod]
    public void Validate_SeveralProblems_ReportsAllAtOnce()
    {
        _solution.WithStep(StepId, pluginType: "Contoso.Plugins.Gone", filtering: "sg_x")
            .WithStep(Guid.Parse("0f0f0f0f-0000-4000-8000-000000000002"), entity: "sg_none");

        var problems = Problems();

        Assert.HasCount(3, problems, string.Join(Environment.NewLine, problems));
        Assert.IsTrue(problems.Any(p => p.Contains("Contoso.Plugins.Gone", StringComparison.Ordinal)));
        Assert.IsTrue(problems.Any(p => p.Contains("filtering attribute sg_x", StringComparison.Ordinal)));
        Assert.IsTrue(problems.Any(p => p.Contains("000000000002}.xml: primary entity sg_none", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Validate_ExtensionColumnThatClashesWithStandardColumn_Fails()
    {
        _solution.Write("Entities/Opportunity/Entity.xml", """
            <Entity><Name>Opportunity</Name><EntityInfo><entity Name="Opportunity"><attributes>
              <attribute PhysicalName="EstimatedValue"><Type>money</Type><LogicalName>estimatedvalue</LogicalName></attribute>
            </attributes></entity></EntityInfo></Entity>
            """);

        StringAssert.Contains(Problems().Single(), "column estimatedvalue already exists on opportunity");
    }
}
