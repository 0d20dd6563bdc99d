using System;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Tests.Support;
using SalesGoals.Crm.SolutionModel.Validation;

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
        _solution.WithStep(StepId, message: "Recalculate");

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
            """).Root(1, "sg_key");

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
        _solution.WithRole("Reader", Guid.Parse("6a1f0e9c-0000-4000-8000-000000000001"),
            "prvReadsg_Goal:Global", "prvAppendTosg_Goals:Global", "prvAppendsg_Goal:Basic", "prvReadAccount:Global");

        StringAssert.Contains(Problems().Single(), "privilege prvAppendTosg_Goals names table sg_Goals, which does not exist");
    }

    [TestMethod]
    [DataRow("prvReadsg_goal")]
    [DataRow("prvAppendTosg_GOAL")]
    public void Validate_RolePrivilegeNotSpelledWithTheSchemaName_Fails(string privilege)
    {
        _solution.WithRole("Reader", Guid.Parse("6a1f0e9c-0000-4000-8000-000000000001"), privilege + ":Global");

        StringAssert.Contains(Problems().Single(), "sg_Goal: Dataverse names privileges from the table's schema name");
    }

    [TestMethod]
    public void Validate_RoleWithoutIsCustomizable_Fails()
    {
        _solution.WithRole("Reader", Guid.Parse("6a1f0e9c-0000-4000-8000-000000000001"), withIsCustomizable: false, "prvReadsg_Goal:Global");

        StringAssert.Contains(Problems().Single(), "the role has no <IsCustomizable>");
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
              <attribute PhysicalName="EstimatedValue"><Type>money</Type><LogicalName>estimatedvalue</LogicalName><IsCustomField>1</IsCustomField></attribute>
            </attributes></entity></EntityInfo></Entity>
            """).Root(1, "opportunity");

        var problems = Problems();

        Assert.IsTrue(problems.Any(p => p.Contains("column estimatedvalue already exists on opportunity", StringComparison.Ordinal)), string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public void Validate_FilteringAttributesOnMessageOtherThanUpdate_Fails()
    {
        _solution.WithStep(StepId, message: "Create", stage: 40, filtering: "sg_targetvalue");

        StringAssert.Contains(Problems().Single(), "filtering attributes apply only to Update, not to Create");
    }

    [TestMethod]
    public void Validate_ImageOnWin_FailsBecauseWinHasNoImages()
    {
        _solution.WithStep(StepId, message: "Win", entity: "opportunity", stage: 40, images: TestSolutionBuilder.Image("PreImage", 0, "estimatedvalue"));

        StringAssert.Contains(Problems().Single(), "Win has no entity images");
    }

    [TestMethod]
    public void Validate_TableMissingFromManifest_Fails()
    {
        _solution.Write("Entities/sg_Extra/Entity.xml", """
            <Entity><Name>sg_Extra</Name><EntityInfo><entity Name="sg_Extra">
              <attributes><attribute PhysicalName="sg_ExtraId"><Type>primarykey</Type><LogicalName>sg_extraid</LogicalName></attribute></attributes>
              <EntitySetName>sg_extras</EntitySetName><OwnershipTypeMask>OrgOwned</OwnershipTypeMask>
            </entity></EntityInfo></Entity>
            """);

        StringAssert.Contains(Problems().Single(), "Other/Solution.xml: table sg_extra is not a root component (type 1)");
    }

    [TestMethod]
    public void Validate_RootComponentWithoutItsFile_Fails()
    {
        _solution.Root(1, "sg_ghost");

        StringAssert.Contains(Problems().Single(), "root component table sg_ghost has no Entities/*/Entity.xml");
    }

    [TestMethod]
    public void Validate_StepMissingFromManifest_Fails()
    {
        _solution.WithStep(StepId);
        var manifest = System.IO.Path.Combine(_solution.Folder, "Other", "Solution.xml");
        var text = System.IO.File.ReadAllText(manifest);
        System.IO.File.WriteAllText(manifest, text.Replace("<RootComponent type=\"92\" id=\"{" + StepId + "}\" behavior=\"0\" />", string.Empty, StringComparison.Ordinal));

        StringAssert.Contains(Problems().Single(), $"({StepId}) is not a root component (type 92)");
    }

    [TestMethod]
    public void Validate_CustomTableWithoutPublisherPrefix_Fails()
    {
        _solution.WithTable("new_Thing");

        StringAssert.Contains(Problems().Single(), "table new_thing: a custom table's name must start with the publisher prefix sg_");
    }

    [TestMethod]
    public void Validate_OptionValueOutsidePublisherRange_Fails()
    {
        _solution.WithTable("sg_Flagged", TestSolutionBuilder.Attribute("sg_colour", "picklist", """
            <optionset Name="sg_flagged_sg_colour"><OptionSetType>picklist</OptionSetType><options>
              <option value="100000000"><labels><label description="Red" languagecode="1033" /></labels></option>
              <option value="1"><labels><label description="Blue" languagecode="1033" /></labels></option>
            </options></optionset>
            """));

        StringAssert.Contains(Problems().Single(), "option value 1 is outside the publisher's range 100000000-100009999");
    }

    [TestMethod]
    public void Validate_ColumnNamedLikeItsGlobalOptionSet_Fails()
    {
        _solution.Write("OptionSets/sg_region.xml", """
            <optionset Name="sg_region"><OptionSetType>picklist</OptionSetType><IsGlobal>1</IsGlobal><options>
              <option value="100000000"><labels><label description="North" languagecode="1033" /></labels></option>
            </options></optionset>
            """).Root(9, "sg_region")
            .WithTable("sg_Area", TestSolutionBuilder.Attribute("sg_region", "picklist", "<OptionSetName>sg_region</OptionSetName>"));

        StringAssert.Contains(Problems().Single(), "column sg_region uses the global option set of the same name");
    }

    [TestMethod]
    public void Validate_ViewOnMissingColumn_Fails()
    {
        _solution.Write("Entities/sg_Goal/SavedQueries/{5a5a5a5a-0000-4000-8000-000000000001}.xml", """
            <savedqueries><savedquery>
              <savedqueryid>{5a5a5a5a-0000-4000-8000-000000000001}</savedqueryid><querytype>0</querytype><isdefault>1</isdefault>
              <layoutxml><grid name="resultset" jump="sg_name"><row name="result" id="sg_goalid">
                <cell name="sg_name" /><cell name="sg_target" /><cell name="owner.fullname" />
              </row></grid></layoutxml>
              <fetchxml><fetch version="1.0" mapping="logical"><entity name="sg_goal">
                <attribute name="sg_name" /><order attribute="sg_name" descending="false" />
                <filter type="and"><condition attribute="statecode" operator="eq" value="0" /></filter>
                <link-entity name="systemuser" from="systemuserid" to="ownerid" alias="owner"><attribute name="fullname" /></link-entity>
              </entity></fetch></fetchxml>
              <LocalizedNames><LocalizedName description="Active Goals" languagecode="1033" /></LocalizedNames>
            </savedquery></savedqueries>
            """);

        StringAssert.Contains(Problems().Single(), "view 'Active Goals' uses column sg_target, which does not exist");
    }

    [TestMethod]
    public void Validate_FormBindingMissingColumn_Fails()
    {
        _solution.Write("Entities/sg_Goal/FormXml/main/{5b5b5b5b-0000-4000-8000-000000000001}.xml", """
            <forms><systemform><formid>{5b5b5b5b-0000-4000-8000-000000000001}</formid><form><tabs><tab><columns><column><sections><section><rows>
              <row><cell><control id="sg_name" datafieldname="sg_name" /></cell></row>
              <row><cell><control id="sg_stretch" datafieldname="sg_stretch" /></cell></row>
            </rows></section></sections></column></columns></tab></tabs></form></systemform></forms>
            """);

        StringAssert.Contains(Problems().Single(), "main form 5b5b5b5b-0000-4000-8000-000000000001 binds column sg_stretch, which does not exist");
    }
}
