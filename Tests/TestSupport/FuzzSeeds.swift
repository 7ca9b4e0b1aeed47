import CopydeskCore
import CopydeskSynthetic
import Foundation

/// Small inputs of every kind copydesk reads, for the fuzz tests to mutate.
public enum FuzzSeeds {
    /// How many mutated cases a fuzz test runs: `COPYDESK_FUZZ_CASES` (`make fuzz` sets it), else `normal`.
    public static func cases(normal: Int) -> Int {
        ProcessInfo.processInfo.environment["COPYDESK_FUZZ_CASES"].flatMap { Int($0) } ?? normal
    }

    /// One small export per format: its file name (the extension matters to nothing but people) and bytes.
    public static let exports: [(name: String, bytes: [UInt8])] = {
        let day = SyntheticDay(date: LocalDate("2026-01-24")!, tweetCount: 24, seed: 16)
        let csv = """
            id,created_at,username,name,followers,text,likes,retweets,views,in_reply_to
            1750000000000000001,2026-01-24T03:12:00Z,amy,Amy,1200,"GLM-4.7 is out, with open weights",12,3,1.2K,
            1750000000000000002,2026-01-24 11:20:00 +0800,bob,Bob,15,"RT @amy: GLM-4.7 is out",0,0,,
            1750000000000000003,1769224320,cat,,7,$INTC Intel shares sink after earnings,5,1,300,1750000000000000001
            1750000000000000004,Wed Jan 24 04:00:00 +0000 2026,dan,Dan,99,"quoted ""text"" and 中文",1,0,0,

            """
        let archive = """
            window.YTD.tweets.part0 = [
              {"tweet": {"id_str": "1750000000000000011", "created_at": "Sat Jan 24 03:12:00 +0000 2026",
                "full_text": "Claude now lives inside Excel &amp; Sheets https://t.co/x", "favorite_count": "12", "retweet_count": "3",
                "entities": {"urls": [{"expanded_url": "https://example.com/a"}], "hashtags": [{"text": "AI"}], "symbols": [], "user_mentions": []}}},
              {"tweet": {"id_str": "1750000000000000012", "created_at": "Sat Jan 24 05:00:00 +0000 2026",
                "full_text": "RT @zai: GLM-4.7 open weights", "retweeted_status_id_str": "17", "favorite_count": "0", "retweet_count": "0"}}
            ]
            """
        return [
            ("day.x-api.json", Array(day.xAPIResponseJSON())),
            ("day.twscrape.jsonl", Array(day.twscrapeJSONL())),
            ("day.csv", Array(csv.utf8)),
            ("tweets.js", Array(archive.utf8)),
        ]
    }()
}
