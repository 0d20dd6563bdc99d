using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.SolutionModel.Tests.Support;

/// <summary>Writes small unpacked solutions into a temporary folder, in the export format, so a test
/// can break exactly one thing. Dispose deletes the folder.</summary>
public sealed class TestSolutionBuilder : IDisposable
{
    public const string AssemblyFullName = "Contoso.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef";
    public static readonly Guid PluginTypeId = Guid.Parse("11111111-1111-4111-8111-111111111111");
    public static readonly Guid AssemblyId = Guid.Parse("2b8a2c4e-0000-4000-8000-000000000001");

    private readonly List<string> _pluginTypes = ["Contoso.Plugins.GoalPlugin"];
    private readonly List<string> _roots = [];

    public TestSolutionBuilder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sg-solution-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        WriteManifest();
        Write("Other/Customizations.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <ImportExportXml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Entities /><Roles /><EntityRelationships /><optionsets />
              <Languages><Language>1033</Language><Language>2052</Language></Languages>
            </ImportExportXml>
            """);
    }

    public string Folder { get; }

    public static string SolutionXml(string uniqueName, string version, string prefix, string optionValuePrefix, string roots = "") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <ImportExportXml version="9.2.24044.192" SolutionPackageVersion="9.2" languagecode="1033" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <SolutionManifest>
            <UniqueName>{uniqueName}</UniqueName>
            <LocalizedNames><LocalizedName description="{uniqueName}" languagecode="1033" /></LocalizedNames>
            <Version>{version}</Version>
            <Managed>0</Managed>
            <Publisher>
              <UniqueName>contoso</UniqueName>
              <CustomizationPrefix>{prefix}</CustomizationPrefix>
              <CustomizationOptionValuePrefix>{optionValuePrefix}</CustomizationOptionValuePrefix>
            </Publisher>
            <RootComponents>{roots}</RootComponents>
          </SolutionManifest>
        </ImportExportXml>
        """;

    /// <summary>Lists a component in Other/Solution.xml, as an export does for everything it holds.</summary>
    public TestSolutionBuilder Root(int type, string? schemaName = null, Guid? id = null)
    {
        var name = schemaName is null ? string.Empty : $" schemaName=\"{schemaName}\"";
        var identifier = id is null ? string.Empty : $" id=\"{{{id}}}\"";
        var root = $"<RootComponent type=\"{type}\"{name}{identifier} behavior=\"0\" />";
        if (!_roots.Contains(root))
        {
            _roots.Add(root);
        }

        return WriteManifest();
    }

    private TestSolutionBuilder WriteManifest() =>
        Write("Other/Solution.xml", SolutionXml("TestSolution", "1.0.0.0", "sg", "10000", string.Concat(_roots)));

    public TestSolutionBuilder Write(string relativePath, string content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TestSolutionBuilder Delete(string relativePath)
    {
        File.Delete(Path.Combine(Folder, relativePath));
        return this;
    }

    /// <summary>A custom table with a primary key, a name and the given extra attribute xml.</summary>
    public TestSolutionBuilder WithTable(string schemaName, params string[] attributes)
    {
        var logical = schemaName.ToLowerInvariant();
        Root(1, logical);
        return Write($"Entities/{schemaName}/Entity.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Entity xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Name LocalizedName="{schemaName}" OriginalName="{schemaName}">{schemaName}</Name>
              <EntityInfo>
                <entity Name="{schemaName}">
                  <LocalizedNames><LocalizedName description="{schemaName}" languagecode="1033" /></LocalizedNames>
                  <attributes>
                    <attribute PhysicalName="{schemaName}Id"><Type>primarykey</Type><Name>{logical}id</Name><LogicalName>{logical}id</LogicalName><RequiredLevel>systemrequired</RequiredLevel></attribute>
                    <attribute PhysicalName="sg_Name"><Type>nvarchar</Type><Name>sg_name</Name><LogicalName>sg_name</LogicalName><RequiredLevel>required</RequiredLevel><DisplayMask>PrimaryName|ValidForAdvancedFind</DisplayMask><IsCustomField>1</IsCustomField><MaxLength>100</MaxLength></attribute>
                    {string.Join(Environment.NewLine, attributes)}
                  </attributes>
                  <EntitySetName>{logical}s</EntitySetName>
                  <OwnershipTypeMask>UserOwned</OwnershipTypeMask>
                </entity>
              </EntityInfo>
            </Entity>
            """);
    }

    public static string Attribute(string logicalName, string type, string extra = "") =>
        $"""<attribute PhysicalName="{logicalName}"><Type>{type}</Type><LogicalName>{logicalName}</LogicalName><IsCustomField>1</IsCustomField>{extra}</attribute>""";

    public TestSolutionBuilder WithRelationship(string referencing, string attribute, string referenced) =>
        Write($"Other/Relationships/{referenced}-{referencing}-{attribute}.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <EntityRelationships xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <EntityRelationship Name="{referencing}_{attribute}">
                <EntityRelationshipType>OneToMany</EntityRelationshipType>
                <ReferencingEntityName>{referencing}</ReferencingEntityName>
                <ReferencedEntityName>{referenced}</ReferencedEntityName>
                <ReferencingAttributeName>{attribute}</ReferencingAttributeName>
              </EntityRelationship>
            </EntityRelationships>
            """);

    public TestSolutionBuilder WithPluginType(string typeName)
    {
        _pluginTypes.Add(typeName);
        return WithPluginAssembly();
    }

    public TestSolutionBuilder WithPluginAssembly()
    {
        var types = string.Join(Environment.NewLine, _pluginTypes.Select((t, i) =>
            $"""<PluginType AssemblyQualifiedName="{t}, {AssemblyFullName}" PluginTypeId="{(i == 0 ? PluginTypeId : Guid.NewGuid())}" Name="{t}"><FriendlyName>{t}</FriendlyName></PluginType>"""));
        Root(91, id: AssemblyId);
        return Write("PluginAssemblies/Contoso.Plugins-2B8A2C4E-0000-4000-8000-000000000001/Contoso.Plugins.dll.data.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <PluginAssembly FullName="{AssemblyFullName}" PluginAssemblyId="2b8a2c4e-0000-4000-8000-000000000001" CustomizationLevel="1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <IsolationMode>2</IsolationMode>
              <SourceType>0</SourceType>
              <FileName>/PluginAssemblies/Contoso.Plugins-2B8A2C4E-0000-4000-8000-000000000001/Contoso.Plugins.dll</FileName>
              <PluginTypes>{types}</PluginTypes>
            </PluginAssembly>
            """);
    }

    /// <summary>A step file; parts left null take sensible valid values.</summary>
    public TestSolutionBuilder WithStep(
        Guid id,
        string message = "Update",
        string? messageId = null,
        string? entity = "sg_goal",
        string pluginType = "Contoso.Plugins.GoalPlugin",
        int stage = 20,
        int mode = 0,
        string filtering = "",
        string images = "",
        Guid? pluginTypeId = null)
    {
        var sdkMessageId = messageId ?? (SdkMessages.FindByName(message) ?? SdkMessages.CustomApi(message)).Id.ToString();
        var entityXml = entity is null ? string.Empty : $"<PrimaryEntity>{entity}</PrimaryEntity>";
        var bracedId = "{" + id + "}";
        Root(92, id: id);
        return Write($"SdkMessageProcessingSteps/{{{id}}}.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <SdkMessageProcessingStep Name="{pluginType}: {message} of {entity ?? "any Entity"}" SdkMessageProcessingStepId="{bracedId}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <SdkMessageId>{sdkMessageId}</SdkMessageId>
              <PluginTypeName>{pluginType}, {AssemblyFullName}</PluginTypeName>
              <PluginTypeId>{pluginTypeId ?? PluginTypeId}</PluginTypeId>
              {entityXml}
              <AsyncAutoDelete>0</AsyncAutoDelete>
              <FilteringAttributes>{filtering}</FilteringAttributes>
              <Mode>{mode}</Mode>
              <Rank>1</Rank>
              <Stage>{stage}</Stage>
              <SupportedDeployment>0</SupportedDeployment>
              <SdkMessageProcessingStepImages>{images}</SdkMessageProcessingStepImages>
            </SdkMessageProcessingStep>
            """);
    }

    public TestSolutionBuilder WithRole(string name, Guid id, params string[] privileges) => WithRole(name, id, true, privileges);

    public TestSolutionBuilder WithRole(string name, Guid id, bool withIsCustomizable, params string[] privileges)
    {
        Root(20, id: id);
        var lines = string.Concat(privileges.Select(p => p.Split(':') is [var privilege, var level]
            ? $"""<RolePrivilege name="{privilege}" level="{level}" />"""
            : throw new ArgumentException("privilege:level expected", nameof(privileges))));
        return Write($"Roles/{name}.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Role id="{"{" + id + "}"}" name="{name}">{(withIsCustomizable ? "<IsCustomizable>1</IsCustomizable>" : string.Empty)}<RolePrivileges>{lines}</RolePrivileges></Role>
            """);
    }

    public static string Image(string alias, int type, string attributes) => $"""
        <SdkMessageProcessingStepImage Name="{alias}">
          <SdkMessageProcessingStepImageId>{"{" + Guid.NewGuid() + "}"}</SdkMessageProcessingStepImageId>
          <Attributes>{attributes}</Attributes>
          <EntityAlias>{alias}</EntityAlias>
          <ImageType>{type}</ImageType>
          <MessagePropertyName>Target</MessagePropertyName>
        </SdkMessageProcessingStepImage>
        """;

    public SolutionDefinition Load() => SolutionReader.Load(Folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
