// One Teams set-up at a time: each test class starts its own bot, Playground and Chromium, and on
// two cores running several at once only makes every timing-sensitive wait slower.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
