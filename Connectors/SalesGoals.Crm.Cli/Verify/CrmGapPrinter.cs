using System;
using System.Linq;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Verify.Crm;
using SalesGoals.Crm.Integration;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Verify;

/// <summary>One table per CRM of what an admin must create or change: action, module/object, API name, type, use.</summary>
internal static class CrmGapPrinter
{
    public static void Print(CliContext context, CrmCheck check)
    {
        var zoho = check.System == ExternalSystem.Zoho;
        context.Console.WriteLine();
        context.Console.WriteLine(context.T(zoho ? VerifyTexts.ZohoHeading : VerifyTexts.FenxiangHeading));
        var table = new Table()
            .AddColumn(context.T(VerifyTexts.Action))
            .AddColumn(context.T(VerifyTexts.Object))
            .AddColumn(context.T(VerifyTexts.ApiName))
            .AddColumn(context.T(VerifyTexts.Type))
            .AddColumn(context.T(VerifyTexts.Use));
        foreach (var gap in check.Gaps)
        {
            string[] cells = gap.Kind switch
            {
                CrmGapKind.CreateObject =>
                [
                    context.T(zoho ? VerifyTexts.CreateZohoModule : VerifyTexts.CreateFenxiangObject), gap.Object, gap.Object,
                    context.T(zoho ? VerifyTexts.CustomModule : gap.Object.EndsWith("__c", StringComparison.Ordinal) ? VerifyTexts.CustomObject : VerifyTexts.PresetObject),
                    gap.Use,
                ],
                CrmGapKind.CreateField =>
                [
                    context.T(VerifyTexts.CreateField), gap.Object, gap.Field!, gap.Unique ? context.T(VerifyTexts.UniqueSuffix, gap.Type) : gap.Type!, gap.Use,
                ],
                CrmGapKind.ChangeType => [context.T(VerifyTexts.ChangeType), gap.Object, gap.Field!, context.T(VerifyTexts.NowType, gap.Type, gap.CurrentType), gap.Use],
                _ => [context.T(VerifyTexts.MakeUnique), gap.Object, gap.Field!, context.T(VerifyTexts.UniqueSuffix, gap.Type), gap.Use],
            };
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        context.Console.Write(table);
    }
}
