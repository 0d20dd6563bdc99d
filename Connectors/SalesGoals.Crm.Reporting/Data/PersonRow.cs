using System;

namespace SalesGoals.Crm.Reporting.Data;

/// <summary>A user: name, e-mail, manager (systemuser.parentsystemuserid) and UI language (usersettings.uilanguageid).</summary>
public sealed record PersonRow(Guid Id, string FullName, string? Email, Guid? ManagerId, int LanguageId)
{
    public bool PrefersChinese => LanguageId == DataverseNames.ChineseLanguage;
}
