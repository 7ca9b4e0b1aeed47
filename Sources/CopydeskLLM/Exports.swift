// The HTTP pieces the LLM client is built on (APIKey, InterruptRouter, …) come with it.
@_exported import CopydeskHTTP
