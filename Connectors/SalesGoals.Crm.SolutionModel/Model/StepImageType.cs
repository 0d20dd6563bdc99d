namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>Which images of the row a step gets (sdkmessageprocessingstepimage.imagetype).</summary>
public static class StepImageType
{
    public const int PreImage = 0;

    public const int PostImage = 1;

    public const int Both = 2;
}
