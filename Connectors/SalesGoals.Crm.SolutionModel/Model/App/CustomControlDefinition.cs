using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A code component (PCF control) the solution carries
/// (Controls/&lt;Name&gt;/ControlManifest.xml.data.xml): its name and where its built manifest goes in the zip.
/// The manifest, bundle.js and resources are the control's build output, added by the pack.</summary>
public sealed record CustomControlDefinition(string Name, string FileName, string SourceFile);
