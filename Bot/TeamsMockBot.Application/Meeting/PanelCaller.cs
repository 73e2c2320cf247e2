using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// Who is asking for a meeting page, as the host proved it. Either a signed panel link (it names the
/// person by their chat user id and the one session it opens) or a Teams single sign-on token (it
/// names the person by their directory object id; the page says which chat it is in). Nothing here
/// is taken from the caller's word alone except the chat id, which only picks the session whose
/// participants are then checked.
/// </summary>
public sealed record PanelCaller
{
    private PanelCaller()
    {
    }

    /// <summary>The chat user id a signed link was made for.</summary>
    public string? PersonId { get; private init; }

    /// <summary>The directory (Entra ID) object id from a validated Teams token.</summary>
    public string? DirectoryId { get; private init; }

    /// <summary>The session a signed link opens.</summary>
    public string? SessionId { get; private init; }

    /// <summary>The chat the Teams page runs in; its newest session is the one shown.</summary>
    public string? ChatId { get; private init; }

    public static PanelCaller ByLink(PanelLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new PanelCaller { PersonId = link.PersonId, SessionId = link.SessionId };
    }

    public static PanelCaller ByDirectory(string directoryId, string chatId)
    {
        ArgumentException.ThrowIfNullOrEmpty(directoryId);
        ArgumentException.ThrowIfNullOrEmpty(chatId);
        return new PanelCaller { DirectoryId = directoryId, ChatId = chatId };
    }

    /// <summary>Whether the caller is <paramref name="person"/>.</summary>
    public bool Is(Participant person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return PersonId is not null ? person.Id == PersonId : person.HasDirectoryId(DirectoryId);
    }
}
