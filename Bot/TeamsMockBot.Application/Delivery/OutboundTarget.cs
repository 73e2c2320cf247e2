namespace TeamsMockBot.Application.Delivery;

/// <summary>Where an outbound message goes.</summary>
public enum OutboundTarget
{
    /// <summary>A new message in a person's personal chat with the bot.</summary>
    PersonalChat,

    /// <summary>An in-place update of a session's shared card; a newer update replaces a waiting one.</summary>
    SessionCard,

    /// <summary>A new message in a chat the bot was added to, at the message's <see cref="OutboundMessage.Origin"/> (e.g. a booked meeting's chat).</summary>
    Chat,
}
