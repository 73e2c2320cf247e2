namespace TeamsMockBot.Cards.Model;

/// <summary>Opens a link in the browser, e.g. a download the bot's own web host serves.</summary>
public sealed class OpenUrlAction(string title, Uri url) : CardAction(title)
{
    public Uri Url { get; } = url;
}
