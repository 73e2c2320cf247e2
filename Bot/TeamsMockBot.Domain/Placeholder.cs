namespace TeamsMockBot.Domain; public static class Placeholder {}
