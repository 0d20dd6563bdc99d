using System;
using System.IO;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Reading;

/// <summary>Every format problem stops the load with a SolutionFormatException naming the file.</summary>
[TestClass]
public sealed class SolutionFormatTests
{
    private TestSolutionBuilder _solution = null!;

    [TestInitialize]
    public void Initialize() => _solution = new TestSolutionBuilder();

    [TestCleanup]
    public void Cleanup() => _solution.Dispose();

    [TestMethod]
    public void Load_MinimalSolutionWithoutPluginsOrSteps_Loads()
    {
        var solution = _solution.Load();

        Assert.AreEqual("TestSolution", solution.UniqueName);
        Assert.IsEmpty(solution.PluginAssemblies);
        Assert.IsEmpty(solution.Steps);
        Assert.IsEmpty(solution.Roles);
    }

    [TestMethod]
    public void Load_MissingFolder_NamesTheFolder()
    {
        var missing = Path.Combine(_solution.Folder, "nope");

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => SolutionReader.Load(missing));

        StringAssert.Contains(error.Message, "nope");
    }

    [TestMethod]
    [DataRow("Other/Solution.xml")]
    [DataRow("Other/Customizations.xml")]
    public void Load_MissingManifestFile_NamesTheFile(string file)
    {
        _solution.Delete(file);

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual(file, error.FilePath);
        StringAssert.Contains(error.Message, "missing");
    }

    [TestMethod]
    [DataRow("Other/Solution.xml")]
    [DataRow("Other/Customizations.xml")]
    [DataRow("Entities/sg_Goal/Entity.xml")]
    [DataRow("SdkMessageProcessingSteps/{0f0f0f0f-0000-4000-8000-000000000001}.xml")]
    [DataRow("PluginAssemblies/Contoso.Plugins-2B8A2C4E-0000-4000-8000-000000000001/Contoso.Plugins.dll.data.xml")]
    [DataRow("OptionSets/sg_region.xml")]
    [DataRow("Roles/Sales Goal Manager.xml")]
    public void Load_MalformedXml_NamesTheFileAndLine(string file)
    {
        _solution.Write(file, "<?xml version=\"1.0\"?>\n<Root>\n  <Unclosed>\n</Root>");

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual(file, error.FilePath);
        StringAssert.Contains(error.Message, "malformed XML at line");
    }

    [TestMethod]
    public void Load_WrongRootElement_SaysWhichWasExpected()
    {
        _solution.Write("Roles/Broken.xml", "<Roles />");

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual("Roles/Broken.xml", error.FilePath);
        StringAssert.Contains(error.Message, "expected root element <Role>");
    }

    [TestMethod]
    [DataRow("10000", "7.x", "Version '7.x' is not a version number")]
    [DataRow("123", "1.0", "CustomizationOptionValuePrefix 123 is outside 10000-99999")]
    [DataRow("ten", "1.0", "'ten' is not a whole number")]
    public void Load_BadManifestValue_ExplainsTheValue(string optionValuePrefix, string version, string expected)
    {
        _solution.Write("Other/Solution.xml", TestSolutionBuilder.SolutionXml("TestSolution", version, "sg", optionValuePrefix));

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual("Other/Solution.xml", error.FilePath);
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    [DataRow("<Type>varchar</Type>", "column type 'varchar' is not a Dataverse attribute type")]
    [DataRow("<Type>nvarchar</Type><RequiredLevel>mandatory</RequiredLevel>", "RequiredLevel 'mandatory'")]
    [DataRow("<Type>datetime</Type><Behavior>7</Behavior>", "Behavior 7 is not 1 (UserLocal)")]
    [DataRow("<Type>picklist</Type>", "has neither an <optionset> nor an <OptionSetName>")]
    [DataRow("<Type>picklist</Type><OptionSetName>sg_nowhere</OptionSetName>", "global option set sg_nowhere, which is not in OptionSets/")]
    [DataRow("<Type>int</Type><MaxValue>lots</MaxValue>", "MaxValue 'lots' is not a number")]
    public void Load_BadColumn_NamesTheEntityFileAndTheProblem(string columnXml, string expected)
    {
        _solution.WithTable("sg_Goal", $"""<attribute PhysicalName="sg_Broken"><LogicalName>sg_broken</LogicalName>{columnXml}</attribute>""");

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual("Entities/sg_Goal/Entity.xml", error.FilePath);
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void Load_TableWithoutPrimaryKeyThatIsNotStandard_IsRejected()
    {
        _solution.Write("Entities/sg_Orphan/Entity.xml", """
            <Entity><Name>sg_Orphan</Name><EntityInfo><entity Name="sg_Orphan"><attributes>
              <attribute PhysicalName="sg_Code"><Type>nvarchar</Type><LogicalName>sg_code</LogicalName><MaxLength>10</MaxLength></attribute>
            </attributes></entity></EntityInfo></Entity>
            """);

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        StringAssert.Contains(error.Message, "sg_orphan has no primarykey column and is not a known standard table");
    }

    [TestMethod]
    [DataRow("OrganizationOwned", "OwnershipTypeMask is written OrgOwned")]
    [DataRow("Everyone", "OwnershipTypeMask 'Everyone' is not UserOwned, OrgOwned, BusinessOwned or None")]
    public void Load_BadOwnership_IsRejected(string ownership, string expected)
    {
        _solution.WithTable("sg_Goal");
        var path = Path.Combine(_solution.Folder, "Entities", "sg_Goal", "Entity.xml");
        File.WriteAllText(path, File.ReadAllText(path).Replace(">UserOwned<", $">{ownership}<", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual("Entities/sg_Goal/Entity.xml", error.FilePath);
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void Load_ViewQueryingAnotherTable_IsRejected()
    {
        _solution.WithTable("sg_Goal").Write("Entities/sg_Goal/SavedQueries/{5a5a5a5a-0000-4000-8000-000000000002}.xml", """
            <savedqueries><savedquery><savedqueryid>{5a5a5a5a-0000-4000-8000-000000000002}</savedqueryid><querytype>0</querytype>
              <fetchxml><fetch><entity name="account"><attribute name="name" /></entity></fetch></fetchxml>
            </savedquery></savedqueries>
            """);

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual("Entities/sg_Goal/SavedQueries/{5a5a5a5a-0000-4000-8000-000000000002}.xml", error.FilePath);
        StringAssert.Contains(error.Message, "the view queries account but belongs to table sg_goal");
    }

    [TestMethod]
    public void Load_StandardTableExportedWithItsOwnColumns_KeepsOnlyTheAddedColumns()
    {
        _solution.Write("Entities/Account/Entity.xml", """
            <Entity><Name LocalizedName="Account" OriginalName="">Account</Name><EntityInfo><entity Name="Account"><attributes>
              <attribute PhysicalName="AccountId"><Type>primarykey</Type><LogicalName>accountid</LogicalName><IsCustomField>0</IsCustomField></attribute>
              <attribute PhysicalName="Name"><Type>nvarchar</Type><LogicalName>name</LogicalName><IsCustomField>0</IsCustomField><MaxLength>160</MaxLength></attribute>
              <attribute PhysicalName="sg_FirstWonOn"><Type>datetime</Type><LogicalName>sg_firstwonon</LogicalName><IsCustomField>1</IsCustomField><Format>date</Format><Behavior>2</Behavior></attribute>
            </attributes><EntitySetName>accounts</EntitySetName><OwnershipTypeMask>UserOwned</OwnershipTypeMask></entity></EntityInfo></Entity>
            """);

        var account = _solution.Load().Tables.Single();

        Assert.IsTrue(account.IsExtensionOfStandardTable);
        Assert.AreEqual("sg_firstwonon", account.Columns.Single().LogicalName);
        Assert.AreEqual(DateTimeColumnBehavior.DateOnly, account.Columns.Single().DateTimeBehavior);
    }

    [TestMethod]
    public void Load_ColumnDefinedTwice_IsRejected()
    {
        _solution.WithTable("sg_Goal", TestSolutionBuilder.Attribute("sg_value", "int"), TestSolutionBuilder.Attribute("sg_value", "int"));

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        StringAssert.Contains(error.Message, "column sg_value is defined twice");
    }

    [TestMethod]
    [DataRow(30, 0, "Stage 30 is not 10 (pre-validation), 20 (pre-operation) or 40 (post-operation)")]
    [DataRow(20, 2, "Mode 2 is not 0 (synchronous) or 1 (asynchronous)")]
    public void Load_StepWithBadStageOrMode_NamesTheStepFile(int stage, int mode, string expected)
    {
        var id = Guid.NewGuid();
        _solution.WithStep(id, stage: stage, mode: mode);

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual($"SdkMessageProcessingSteps/{{{id}}}.xml", error.FilePath);
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void Load_StepWithUnknownMessageIdAndUnreadableName_IsRejected()
    {
        var id = Guid.NewGuid();
        _solution.WithStep(id, messageId: Guid.NewGuid().ToString());
        var path = Path.Combine(_solution.Folder, "SdkMessageProcessingSteps", $"{{{id}}}.xml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Contoso.Plugins.GoalPlugin: Update of sg_goal", "my step", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        StringAssert.Contains(error.Message, "is not the id of a message this model knows");
    }

    [TestMethod]
    public void Load_StepWithUnknownMessageId_ThrowsEvenWhenTheNameSaysTheMessage()
    {
        _solution.WithStep(Guid.NewGuid(), message: "Win", messageId: "6f4d3a2b-0000-4000-8000-00000000a001", entity: "opportunity", stage: 40);

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        StringAssert.Contains(error.Message, "SdkMessageId 6f4d3a2b-0000-4000-8000-00000000a001 is not the id of a message this model knows");
    }

    [TestMethod]
    public void Load_StepWhoseMessageIdAndNameDisagree_Throws()
    {
        _solution.WithStep(Guid.NewGuid(), message: "Update", messageId: SdkMessages.Create.Id.ToString());

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        StringAssert.Contains(error.Message, "is the id of Create, but the step name");
    }

    [TestMethod]
    public void Load_StepOnACustomApi_TakesTheMessageFromTheStepNameAndTheApisId()
    {
        _solution.WithStep(Guid.NewGuid(), message: "sg_Recalculate", messageId: SdkMessages.CustomApi("sg_Recalculate").Id.ToString(), entity: null, stage: 40);

        Assert.AreEqual("sg_Recalculate", _solution.Load().Steps[0].MessageName);
    }

    [TestMethod]
    public void Load_StepNamingItsHandlerOnlyByEventHandlerId_TakesTheTypeFromTheAssembly()
    {
        var id = Guid.NewGuid();
        _solution.WithPluginAssembly().WithStep(id);
        var path = Path.Combine(_solution.Folder, "SdkMessageProcessingSteps", $"{{{id}}}.xml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("<PluginTypeName>", StringComparison.Ordinal);
        var end = text.IndexOf("</PluginTypeId>", StringComparison.Ordinal) + "</PluginTypeId>".Length;
        File.WriteAllText(path, text[..start] + $"<EventHandler>{TestSolutionBuilder.PluginTypeId}</EventHandler>" + text[end..]);

        var step = _solution.Load().Steps.Single();

        Assert.AreEqual("Contoso.Plugins.GoalPlugin", step.PluginTypeName);
        Assert.AreEqual(TestSolutionBuilder.PluginTypeId, step.PluginTypeId);
        StringAssert.StartsWith(step.PluginTypeAssemblyQualifiedName, "Contoso.Plugins.GoalPlugin, Contoso.Plugins, Version=1.0.0.0");
    }

    [TestMethod]
    public void Load_StepWithHandlerIdNoAssemblyDeclares_IsRejected()
    {
        var id = Guid.NewGuid();
        _solution.WithStep(id);
        var path = Path.Combine(_solution.Folder, "SdkMessageProcessingSteps", $"{{{id}}}.xml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("<PluginTypeName>", StringComparison.Ordinal);
        var end = text.IndexOf("</PluginTypeName>", StringComparison.Ordinal) + "</PluginTypeName>".Length;
        File.WriteAllText(path, text[..start] + text[end..]);

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual($"SdkMessageProcessingSteps/{{{id}}}.xml", error.FilePath);
        StringAssert.Contains(error.Message, "which no PluginAssemblies/**/*.dll.data.xml declares");
    }

    [TestMethod]
    public void Load_RolePrivilegeWithUnknownLevel_IsRejected()
    {
        _solution.Write("Roles/Reader.xml", """
            <Role id="{6a1f0e9c-0000-4000-8000-000000000001}" name="Reader">
              <RolePrivileges><RolePrivilege name="prvReadsg_goal" level="Everything" /></RolePrivileges>
            </Role>
            """);

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual("Roles/Reader.xml", error.FilePath);
        StringAssert.Contains(error.Message, "level 'Everything', not Basic, Local, Deep or Global");
    }

    [TestMethod]
    public void Load_OptionSetWithDuplicateValue_IsRejected()
    {
        _solution.Write("OptionSets/sg_region.xml", """
            <optionset Name="sg_region"><OptionSetType>picklist</OptionSetType><IsGlobal>1</IsGlobal><options>
              <option value="100000000"><labels><label description="North" languagecode="1033" /></labels></option>
              <option value="100000000"><labels><label description="South" languagecode="1033" /></labels></option>
            </options></optionset>
            """);

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual("OptionSets/sg_region.xml", error.FilePath);
        StringAssert.Contains(error.Message, "has value 100000000 twice");
    }

    [TestMethod]
    public void Load_XmlWithDocumentTypeDefinition_IsRefused()
    {
        _solution.Write("Roles/Evil.xml", "<?xml version=\"1.0\"?><!DOCTYPE Role [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Role id=\"{6a1f0e9c-0000-4000-8000-000000000002}\" name=\"&x;\" />");

        var error = Assert.ThrowsExactly<SolutionFormatException>(_solution.Load);

        Assert.AreEqual("Roles/Evil.xml", error.FilePath);
    }
}
