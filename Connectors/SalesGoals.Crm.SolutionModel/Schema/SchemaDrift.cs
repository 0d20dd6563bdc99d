using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesGoals.Crm.SolutionModel.Schema;

/// <summary>
/// What Dataverse writes today that the published schema (9.0.0.2090, 2018) does not describe.
/// Each entry is seen in the real SolutionPackager output committed as a test fixture
/// (Tests/SalesGoals.Crm.SolutionModel.Tests/Fixtures/PackerOutput, ExportSample); the tests
/// check that those fixtures validate with exactly these allowances. Anything else that deviates
/// from the schema is reported.
/// </summary>
internal static class SchemaDrift
{
    // Elements newer than the schema, by the element that holds them.
    private static readonly Dictionary<string, string[]> NewerChildren = new()
    {
        ["attribute"] = ["IsSearchable", "IsFilterable", "IsRetrievable", "IsLocalizable", "AutoNumberFormat"],
        ["entity"] = ["IsRetrieveAuditEnabled", "IsRetrieveMultipleAuditEnabled", "IsMSTeamsIntegrationEnabled", "IsSolutionAware"],
        ["EntityRelationship"] = ["CascadeArchive"],

        // What the app designer writes around the app and its site map since the schema (the rest of
        // both, site map areas to sub-areas included, is checked).
        ["AppModule"] = ["OptimizedFor", "statecode", "statuscode", "NavigationType", "appsettings"],
        ["AppModuleSiteMap"] = ["EnableCollapsibleGroups", "ShowHome", "ShowPinned", "ShowRecents"],
    };

    // Attributes newer than the schema, by the element that carries them.
    private static readonly Dictionary<string, string[]> NewerAttributes = new()
    {
        ["form"] = ["headerdensity"],

        // Current exports write IsHidden="0" on every choice option (hidden options came in 2021);
        // the committed fixtures have no choice column, public unpacked solutions show it throughout.
        ["option"] = ["IsHidden"],
    };

    // Sections not checked: custom APIs (2021) and environment variable definitions (2019) have no schema type.
    private static readonly string[] NewerSections = ["customapis", "environmentvariabledefinitions"];

    public static void Apply(XDocument customizations)
    {
        var root = customizations.Root!;
        foreach (var section in root.Elements().Where(e => NewerSections.Contains(e.Name.LocalName)).ToList())
        {
            section.Remove();
        }

        foreach (var element in root.Descendants().ToList())
        {
            if (NewerChildren.TryGetValue(element.Name.LocalName, out var names))
            {
                element.Elements().Where(child => names.Contains(child.Name.LocalName)).Remove();
            }

            if (NewerAttributes.TryGetValue(element.Name.LocalName, out var attributes))
            {
                element.Attributes().Where(a => attributes.Contains(a.Name.LocalName)).Remove();
            }
        }

        // Every export writes a step's SdkMessageId first; the schema's sequence has it after Rank.
        // Put it where the schema wants it, so the order of everything else is still checked.
        foreach (var step in root.Descendants("SdkMessageProcessingStep"))
        {
            if (step.Elements().FirstOrDefault() is { Name.LocalName: "SdkMessageId" } messageId)
            {
                var before = step.Elements().FirstOrDefault(e => e.Name.LocalName is "EventHandler" or "EventHandlerTypeCode" or "Stage"
                    or "IsCustomizable" or "IsHidden" or "SupportedDeployment" or "IntroducedVersion" or "SdkMessageProcessingStepImages");
                messageId.Remove();
                if (before is null)
                {
                    step.Add(messageId);
                }
                else
                {
                    before.AddBeforeSelf(messageId);
                }
            }
        }
    }
}
