namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>Moves a record to the recycle bin (or deletes it permanently) and logs it for /deleted.</summary>
public static class ZohoRecordDeletion
{
    public static bool Delete(ZohoOrgState state, string module, string id, bool permanent)
    {
        lock (state.Sync)
        {
            if (!state.Records.TryGetValue(module, out var records) || !records.Remove(id, out var entry))
            {
                return false;
            }

            var nameField = state.Modules[module].NameField;
            var createdBy = state.User(entry.Data["Created_By"]?["id"]?.ToString() ?? string.Empty);
            state.Deleted.Add(permanent
                ? new ZohoDeletedEntry(module, id, null, "permanent", state.Now(), null, null)
                : new ZohoDeletedEntry(module, id, entry.Data[nameField]?.ToString(), "recycle", state.Now(), state.Admin, createdBy));
            return true;
        }
    }
}
