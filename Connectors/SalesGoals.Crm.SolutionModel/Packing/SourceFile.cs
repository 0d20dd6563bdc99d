namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>Annotation on a composed element: the unpacked file (relative to the solution folder)
/// it came from, so a problem found in the composed document names the file to fix.</summary>
internal sealed record SourceFile(string RelativePath);
